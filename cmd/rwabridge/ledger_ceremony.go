package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/ledger"
)

func newLedgerCeremonyCmd() *cobra.Command {
	var (
		dataDir, id string
		asJSON      bool
	)
	cmd := &cobra.Command{
		Use:   "ceremony --data DIR --id HEX [--json]",
		Short: "Print a key ceremony's contribution log as the ledger recorded it",
		Long: `ceremony prints the contributions of the key ceremony --id names (its id: the
SHA-256 of its plan, 0x and 64 hex digits) that the consortium's orgs
recorded on the ledger, in order: phase 1 (powers of tau) by index, then
phase 2 (the circuit). For each: the phase and index, the contributing org
(MSP id), the SHA-256 of its contribution file and of the file it builds on,
the org's signing address, and when and in which ledger transaction it was
recorded. --json prints the ledger's contribution records as a JSON array
(signatures included).

The ledger endorsed each entry as its org's transaction and keeps each phase
one chain (no gap, each entry building on the one before, one contribution
per org); it does not check the signatures or the files themselves: rwabridge
ceremony verify checks the transcript against this log. A ceremony with no
contributions on the ledger prints so (--json: []); it reads, never writes.

` + ledgerKeysNote + `

` + ledgerConfigHelp,
		Example: `  rwabridge ledger ceremony --data /tmp/rwa --id 0x6bb7bff5fb7a0b87b2291665adf28d18b92f7f47b41592a1d11369e9a290e3f9
  rwabridge ledger ceremony --data /tmp/rwa --id 0x6bb7bff5fb7a0b87b2291665adf28d18b92f7f47b41592a1d11369e9a290e3f9 --json | jq -r '.[] | "\(.phase) \(.index) \(.org)"'
  rwabridge ledger ceremony --ledger-config deploy/fabric/.network/clients/auditor.yaml --id 0x6bb7bff5fb7a0b87b2291665adf28d18b92f7f47b41592a1d11369e9a290e3f9`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if id == "" {
				return exitCode(2, errors.New("--id is required: the ceremony's id, 0x and 64 hex digits (see rwabridge ledger ceremony --help)"))
			}
			ceremony, err := parseCeremonyID(id)
			if err != nil {
				return err
			}
			conn, err := openLedger(cmd, dataDir)
			if err != nil {
				return err
			}
			defer conn.Close()
			log, err := conn.Client.CeremonyLog(cmd.Context(), ceremony)
			if err != nil {
				return exitCode(1, fmt.Errorf("reading the log of ceremony %s: %w", ceremony, err))
			}
			w := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				return enc.Encode(log)
			}
			printCeremonyLog(w, ceremony, log)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dataDir, "data", "", "data directory; the embedded ledger is DIR/ledger")
	f.String("ledger-config", "", "ledger back end (YAML: backend embedded|fabric) instead of DIR/ledger")
	f.StringVar(&id, "id", "", "the ceremony's id: 0x and 64 hex digits")
	f.BoolVar(&asJSON, "json", false, "print a JSON array of the recorded contributions")
	return cmd
}

// parseCeremonyID reads --id: a digest in its text form, 0x optional (exit 2).
func parseCeremonyID(s string) (field.Digest, error) {
	if !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") {
		s = "0x" + s
	}
	d, err := field.ParseDigest(s)
	if err != nil {
		return field.Digest{}, exitCode(2, fmt.Errorf("--id: %w (the ceremony's id: 0x and 64 hex digits)", err))
	}
	if d.IsZero() {
		return field.Digest{}, exitCode(2, errors.New("--id: the zero digest is no ceremony's id"))
	}
	return d, nil
}

// printCeremonyLog prints a ceremony's log as a table for people.
func printCeremonyLog(w io.Writer, ceremony field.Digest, log []ledger.Contribution) {
	if len(log) == 0 {
		fmt.Fprintf(w, "ceremony %s: no contributions on the ledger\n", ceremony)
		return
	}
	var per [3]int
	for _, c := range log {
		per[c.Phase]++
	}
	fmt.Fprintf(w, "ceremony %s: %d contributions in phase 1, %d in phase 2\n", ceremony, per[1], per[2])
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PHASE\tINDEX\tORG\tCONTRIBUTION\tPREVIOUS\tSIGNER\tRECORDED AT\tTX")
	for _, c := range log {
		fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n", c.Phase, c.Index, c.Org, c.Contribution, c.Previous, c.Signer,
			c.RecordedAt.UTC().Format(time.RFC3339), c.TxID)
	}
	tw.Flush()
}
