package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/circuits/ceremony"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/audit"
)

// auditCeremonyFlags name the ceremony audit verify checks the verifiers'
// keys against.
type auditCeremonyFlags struct {
	dir, beacon1, beacon2 string
}

func (c *auditCeremonyFlags) add(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&c.dir, "ceremony", "", "a ceremony's transcript directory: verify it, then require every verifier to pin the vk_hash it produces")
	f.StringVar(&c.beacon1, "beacon1", "", "with --ceremony: phase 1's beacon value you looked up from the announced source (0x-hex)")
	f.StringVar(&c.beacon2, "beacon2", "", "with --ceremony: phase 2's beacon value you looked up from the announced source (0x-hex)")
	addProgressFlag(cmd)
}

// ceremony establishes the ceremony the verifiers must pin the keys of:
// the transcript --ceremony names, verified (and, with a ledger, its log
// checked against the ledger's); else, with a ledger, the ceremony a
// --vk key set of kind mpc-ceremony describes, its contributors checked
// against the ledger's log; else that description as a claim. nil when
// there is none (a development key set keeps audit's warning).
func (c *auditCeremonyFlags) ceremony(cmd *cobra.Command, key *keyFile, dataDir, ledgerConfig string) (*audit.Ceremony, error) {
	ledgerGiven := dataDir != "" || ledgerConfig != ""
	if c.dir == "" {
		if c.beacon1 != "" || c.beacon2 != "" {
			return nil, exitCode(2, fmt.Errorf("--beacon1 and --beacon2 go with --ceremony DIR, the transcript they check"))
		}
		if key == nil || key.meta.Setup != keys.KindCeremony {
			return nil, nil
		}
		info := key.meta.Ceremony
		out := &audit.Ceremony{Info: info, VKHash: key.meta.VKHash}
		if !ledgerGiven {
			out.Source = fmt.Sprintf("the metadata of key set %s, a claim nothing here checked", key.path)
			out.Unchecked = []string{"the contributors: give the transcript (--ceremony DIR) or the onshore ledger whose log they recorded (--data or --ledger-config)"}
			return out, nil
		}
		log, err := readCeremonyLog(cmd.Context(), dataDir, ledgerConfig, "rwabridge-auditor", info.ID, audit.ExitIO)
		if err != nil {
			return nil, err
		}
		if err := ceremony.CheckInfoLog(info, log); err != nil {
			return nil, exitCode(audit.ExitCeremonyLog, fmt.Errorf("--vk %s: %w", key.path, err))
		}
		out.Source = fmt.Sprintf("the metadata of key set %s, its contributors found on the onshore ledger's log (the transcript itself: --ceremony)", key.path)
		out.LedgerLog = len(log)
		return out, nil
	}
	o := ceremony.VerifyOptions{Beacons: map[int][]byte{}}
	for phase, v := range map[int]string{1: c.beacon1, 2: c.beacon2} {
		if v == "" {
			continue
		}
		b, err := field.DecodeHex(v, 16, 64)
		if err != nil {
			return nil, exitCode(2, fmt.Errorf("--beacon%d: %w (the announced source's value, 0x-hex, e.g. a 32-byte block hash)", phase, err))
		}
		o.Beacons[phase] = b
	}
	st := newStages(progressOf(cmd), "audit verify --ceremony")
	o.Progress = st.start
	res, err := ceremony.Verify(cmd.Context(), c.dir, o)
	st.finish()
	if err != nil {
		return nil, exitCode(audit.ExitCeremony, fmt.Errorf("--ceremony %s: the transcript does not verify: %w", c.dir, err))
	}
	if !res.Complete {
		return nil, exitCode(audit.ExitCeremony, fmt.Errorf("--ceremony %s: %w: phase %d is still open, the ceremony has produced no keys", c.dir, ceremony.ErrPhase, res.Transcript.OpenPhase()))
	}
	out := &audit.Ceremony{Info: res.Info, VKHash: res.VKHash, Unchecked: res.Unchecked,
		Source: fmt.Sprintf("transcript %s, verified", c.dir)}
	if ledgerGiven {
		log, err := readCeremonyLog(cmd.Context(), dataDir, ledgerConfig, "rwabridge-auditor", res.Transcript.ID, audit.ExitIO)
		if err != nil {
			return nil, err
		}
		if err := res.Transcript.CheckLog(log); err != nil {
			return nil, exitCode(audit.ExitCeremonyLog, fmt.Errorf("--ceremony %s: %w", c.dir, err))
		}
		out.LedgerLog = len(log)
	}
	return out, nil
}
