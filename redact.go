package rescue

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/binary"
	"hash"
	"slices"
	"strconv"
)

// Redact is [Operation.RedactWith] under a fresh random key of 32 bytes
// from crypto/rand, which is then forgotten: the pseudonyms are consistent
// within the result, and cannot be reproduced, linked to another call's or
// reversed by anyone, including the caller. Redact of nil is nil.
func (op *Operation) Redact() *Operation {
	if op == nil {
		return nil
	}
	var key [32]byte
	rand.Read(key[:]) // never fails since Go 1.24: it crashes the program instead
	return op.RedactWith(key[:])
}

// RedactWith returns a deep copy of op with personal data removed, for
// sharing with partners: no slice of the result is shared with op, and op
// is not modified. RedactWith of nil is nil.
//
// The IDs of victims and suspects are replaced by pseudonyms: "P-"
// followed by the unpadded base32 (RFC 4648) of the first 10 bytes of
// HMAC-SHA256(key, m), where m is the length of the operation's ID as 8
// bytes big-endian, the operation's ID, then the person's ID. References to
// them ([Evidence.TakenFrom]) are replaced by the same pseudonyms, so a
// result redacted from an operation that passes [Operation.Validate] passes
// it too. The key should be 32 random bytes kept secret: whoever holds it
// can test guessed IDs against the pseudonyms, and with an empty or known
// key anyone can. A pseudonym depends on the key, the operation's ID and
// the person's ID alone, so the same person of the same operation gets the
// same pseudonym in every redaction under the same key, and the output of
// several redactions can be joined. The operation's ID is part of it
// because a person's ID is unique only within its operation: "V01" of two
// operations are two people, and get two pseudonyms. Should two pseudonyms
// of one operation share their first 80 bits (a chance of about n²/2⁸¹
// for n people), or a pseudonym equal an ID kept as it is (a group's or an
// exhibit's), the later person, in the order victims then suspects, gets a
// longer one (15, 20, 25, 30, then all 32 bytes, then those followed by
// "-2", "-3"…), so pseudonyms are always unique. An empty ID stays empty.
//
// Field by field:
//
//   - Operation: ID, Name, Agencies, Lead, When, Groups, Sources, Scheme
//     and SchemeTargets are kept. They describe the operation and the
//     officials and groups in it, as published; officials act in their
//     public role (see [Officer]). Keep personal data out of these fields:
//     they are free text RedactWith cannot vet.
//   - Places: kept, with their Area cleared (it is [Personal]).
//   - Triggers: Kind and People kept; Note cleared.
//   - Counts: the tallies are kept as they are. They count people and say
//     what is true of all of them, which names no one.
//   - Victim.ID: pseudonym. Victim.Name: cleared.
//   - Victim.Age: reduced to its CTDC age band ([Age.Band]: 27 → 27-29).
//   - Victim.ConsularContact, Recruitment.When and Repatriation.When:
//     reduced to the month ([Date.Truncate] with [PrecisionMonth]).
//   - Victim.Recruitment.Place: Area cleared (it can be a street or a
//     village, and where someone was recruited is often where they live);
//     Locality, Region and Country kept.
//   - Victim.Recruitment.Promise: cleared. It is free text about one person
//     ("a job at her cousin's restaurant in Ipoh") and can name people and
//     places; Recruitment.Methods keeps the coded part.
//   - Victim.Recruiters and Victim.Exploiters: the pseudonyms of the
//     suspects they name.
//   - Victim: Gender, Nationality, OtherNationalities, TraffickingStatus,
//     Status, Recruitment.Methods, Controls, Exploitation, LabourSector,
//     SexExploitation, RecruiterRelation, Destination, ExploitedIn,
//     Repatriation.To and Repatriation.Status kept: coded values that the
//     analysis needs.
//   - Suspect.ID: pseudonym. Suspect.Name: cleared.
//   - Suspect.Age: reduced to its CTDC age band.
//   - Suspect.Arrested, and the dates of Charges and Decisions: reduced to
//     the month, like every date about one person.
//   - Suspect: Gender, Nationality, OtherNationalities, Roles, Group,
//     Status and Site kept. Charges (offence and statute) and Decisions
//     (outcome, court, sentence, fine) kept: they are public record, and
//     what they name is the offence (keep people's names out of them).
//   - Evidence: ID (an exhibit number), Kind, Quantity, Cash, Value,
//     Seized and Site kept. TakenFrom: the pseudonym of the person it
//     names (an ID that names no victim or suspect gets a pseudonym too,
//     so no original ID is left). Description: cleared, as free text that
//     can name the owner ("passport of …"); Kind keeps the category.
//   - CustodyEvent: At, When, Action, From, To (custodians are officials or
//     agencies), Location, Site and Seal kept; Note cleared.
//
// Truncating dates and banding ages keeps the result valid: a truncated
// date begins no later and ends no earlier than the original, so no order
// that held can break. Nationality, gender and age band together can still
// single a person out in a small group: publish counts of redacted
// operations only after [Summary.Suppress].
func (op *Operation) RedactWith(key []byte) *Operation {
	return op.redactWith(key, redactShortBytes)
}

// redactShortBytes is how many bytes of the HMAC a pseudonym normally
// keeps: 80 bits, 16 base32 characters.
const redactShortBytes = 10

var redactEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

// redactWith is RedactWith with the pseudonym's normal length as a
// parameter, so that tests can make collisions common.
func (op *Operation) redactWith(key []byte, short int) *Operation {
	if op == nil {
		return nil
	}
	ids := redactPseudonyms(op, key, short)
	out := &Operation{
		ID:            op.ID,
		Name:          op.Name,
		Agencies:      slices.Clone(op.Agencies),
		Lead:          op.Lead,
		When:          op.When,
		Groups:        slices.Clone(op.Groups),
		Counts:        redactTallies(op.Counts),
		Sources:       slices.Clone(op.Sources),
		Scheme:        op.Scheme,
		SchemeTargets: slices.Clone(op.SchemeTargets),
	}
	if op.Places != nil {
		out.Places = make(List[Place], len(op.Places))
		for i, p := range op.Places {
			p.Area = ""
			out.Places[i] = p
		}
	}
	if op.Triggers != nil {
		out.Triggers = make(List[Trigger], len(op.Triggers))
		for i, t := range op.Triggers {
			out.Triggers[i] = Trigger{Kind: t.Kind, People: t.People}
		}
	}
	if op.Victims != nil {
		out.Victims = make(List[Victim], len(op.Victims))
		for i := range op.Victims {
			out.Victims[i] = redactVictim(&op.Victims[i], ids)
		}
	}
	if op.Suspects != nil {
		out.Suspects = make(List[Suspect], len(op.Suspects))
		for i := range op.Suspects {
			out.Suspects[i] = redactSuspect(&op.Suspects[i], ids)
		}
	}
	if op.Evidence != nil {
		out.Evidence = make(List[Evidence], len(op.Evidence))
		for i := range op.Evidence {
			out.Evidence[i] = redactEvidence(&op.Evidence[i], ids)
		}
	}
	return out
}

// redactPseudonyms maps the ID of every victim and suspect of op, and every
// other ID evidence is taken from, to its pseudonym.
func redactPseudonyms(op *Operation, key []byte, short int) map[string]string {
	// IDs that stay as they are: a pseudonym must not take one.
	taken := make(map[string]bool, len(op.Groups)+len(op.Evidence)+len(op.Places)+len(op.Victims)+len(op.Suspects))
	for i := range op.Groups {
		taken[op.Groups[i].ID] = true
	}
	for i := range op.Evidence {
		taken[op.Evidence[i].ID] = true
	}
	for i := range op.Places {
		taken[op.Places[i].ID] = true
	}
	ids := make(map[string]string, len(op.Victims)+len(op.Suspects))
	mac := hmac.New(sha256.New, key)
	var sum [sha256.Size]byte
	assign := func(id string) {
		if id == "" {
			return
		}
		if _, done := ids[id]; done {
			return
		}
		p := redactPick(redactMAC(mac, sum[:0], op.ID, id), short, taken)
		ids[id] = p
		taken[p] = true
	}
	for i := range op.Victims {
		assign(op.Victims[i].ID)
	}
	for i := range op.Suspects {
		assign(op.Suspects[i].ID)
	}
	for i := range op.Evidence {
		assign(op.Evidence[i].TakenFrom)
	}
	for i := range op.Victims {
		for _, id := range op.Victims[i].Recruiters {
			assign(id)
		}
		for _, id := range op.Victims[i].Exploiters {
			assign(id)
		}
	}
	return ids
}

// redactMAC appends HMAC(key, len(opID) || opID || personID) to b; the
// length prefix keeps ("a", "bc") and ("ab", "c") apart.
func redactMAC(mac hash.Hash, b []byte, opID, personID string) []byte {
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(len(opID)))
	mac.Reset()
	mac.Write(n[:])
	mac.Write([]byte(opID))
	mac.Write([]byte(personID))
	return mac.Sum(b)
}

// redactPick returns the shortest pseudonym from sum that is not taken.
func redactPick(sum []byte, short int, taken map[string]bool) string {
	for n := short; ; n += 5 {
		if n >= len(sum) {
			n = len(sum)
		}
		if p := "P-" + redactEncoding.EncodeToString(sum[:n]); !taken[p] {
			return p
		}
		if n == len(sum) {
			break
		}
	}
	// Every length is taken: only IDs chosen by someone who holds the key
	// can do that. Number the longest.
	full := "P-" + redactEncoding.EncodeToString(sum)
	for i := 2; ; i++ {
		if p := full + "-" + strconv.Itoa(i); !taken[p] {
			return p
		}
	}
}

func redactVictim(v *Victim, ids map[string]string) Victim {
	r := v.Recruitment
	return Victim{
		ID:                 ids[v.ID],
		Gender:             v.Gender,
		Age:                v.Age.Band(),
		Nationality:        v.Nationality,
		OtherNationalities: slices.Clone(v.OtherNationalities),
		TraffickingStatus:  v.TraffickingStatus,
		Status:             v.Status,
		Recruitment: Recruitment{
			When:    r.When.Truncate(PrecisionMonth),
			Place:   Place{Locality: r.Place.Locality, Region: r.Place.Region, Country: r.Place.Country},
			Methods: slices.Clone(r.Methods),
		},
		Controls:          slices.Clone(v.Controls),
		Exploitation:      slices.Clone(v.Exploitation),
		LabourSector:      v.LabourSector,
		SexExploitation:   slices.Clone(v.SexExploitation),
		RecruiterRelation: v.RecruiterRelation,
		Recruiters:        redactIDs(v.Recruiters, ids),
		Exploiters:        redactIDs(v.Exploiters, ids),
		Destination:       v.Destination,
		ExploitedIn:       v.ExploitedIn,
		ConsularContact:   v.ConsularContact.Truncate(PrecisionMonth),
		Repatriation: Repatriation{
			To:     v.Repatriation.To,
			Status: v.Repatriation.Status,
			When:   v.Repatriation.When.Truncate(PrecisionMonth),
		},
	}
}

func redactSuspect(s *Suspect, ids map[string]string) Suspect {
	out := Suspect{
		ID:                 ids[s.ID],
		Gender:             s.Gender,
		Age:                s.Age.Band(),
		Nationality:        s.Nationality,
		OtherNationalities: slices.Clone(s.OtherNationalities),
		Roles:              slices.Clone(s.Roles),
		Group:              s.Group,
		Status:             s.Status,
		Arrested:           s.Arrested.Truncate(PrecisionMonth),
		Site:               s.Site,
		Charges:            slices.Clone(s.Charges),
		Decisions:          slices.Clone(s.Decisions),
	}
	for i := range out.Charges {
		out.Charges[i].Date = out.Charges[i].Date.Truncate(PrecisionMonth)
	}
	for i := range out.Decisions {
		d := &out.Decisions[i]
		d.Date = d.Date.Truncate(PrecisionMonth)
		d.Fine = d.Fine.clone()
	}
	return out
}

func redactEvidence(e *Evidence, ids map[string]string) Evidence {
	out := Evidence{
		ID:        e.ID,
		Kind:      e.Kind,
		Quantity:  e.Quantity,
		Cash:      e.Cash.clone(),
		Value:     e.Value.clone(),
		Seized:    e.Seized,
		Site:      e.Site,
		TakenFrom: ids[e.TakenFrom],
		Custody:   slices.Clone(e.Custody),
	}
	for i := range out.Custody {
		out.Custody[i].Note = ""
	}
	return out
}

// redactIDs returns the pseudonyms of the people refs names, in order.
func redactIDs(refs []string, ids map[string]string) []string {
	if refs == nil {
		return nil
	}
	out := make([]string, len(refs))
	for i, id := range refs {
		out[i] = ids[id]
	}
	return out
}

// redactTallies returns a deep copy of the tallies: they hold no personal
// data, and are kept as they are.
func redactTallies(ts List[Tally]) List[Tally] {
	if ts == nil {
		return nil
	}
	out := make(List[Tally], len(ts))
	for i, t := range ts {
		t.Recruitment.Methods = slices.Clone(t.Recruitment.Methods)
		t.Controls = slices.Clone(t.Controls)
		t.Exploitation = slices.Clone(t.Exploitation)
		t.SexExploitation = slices.Clone(t.SexExploitation)
		t.Destinations = slices.Clone(t.Destinations)
		t.Roles = slices.Clone(t.Roles)
		t.Charges = slices.Clone(t.Charges)
		out[i] = t
	}
	return out
}
