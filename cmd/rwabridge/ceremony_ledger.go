package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/circuits/ceremony"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/backend"
)

// ledgerLogCheck is what verify found on the ledger's ceremony log.
type ledgerLogCheck struct {
	Entries int `json:"entries"`
}

// recordContribution records e on the ledger access names, as the org.
func recordContribution(cmd *cobra.Command, w io.Writer, access backend.Access, e *ceremony.Entry) error {
	log, err := newLogger(cmd)
	if err != nil {
		return err
	}
	conn, err := backend.OpenAccess(access, e.Org, "rwabridge-ceremony", log)
	if err != nil {
		return ledgerExit(fmt.Errorf("the contribution is written, but the ledger does not open: %w (record it later with rwabridge ceremony record)", err))
	}
	defer conn.Close()
	c, err := conn.Client.RecordContribution(cmd.Context(), ledger.ContributionRequest{
		Ceremony: e.Ceremony, Phase: e.Phase, Index: e.Index, Org: e.Org,
		Contribution: e.Contribution, Previous: e.Previous, Signer: e.Signer, Signature: e.Signature,
	})
	if err != nil {
		return exitCode(17, fmt.Errorf("the contribution is written, but the ledger refused to log it: %w", err))
	}
	fmt.Fprintf(w, "  recorded on the ledger by %s in transaction %s\n", e.Org, c.TxID)
	return nil
}

// checkCeremonyLog reads the ceremony's log from the ledger and checks it
// against the transcript.
func checkCeremonyLog(cmd *cobra.Command, data, ledgerConfig string, t *ceremony.Transcript) (*ledgerLogCheck, error) {
	logged, err := readCeremonyLog(cmd.Context(), data, ledgerConfig, "rwabridge-ceremony", t.ID, 1)
	if err != nil {
		return nil, err
	}
	if err := t.CheckLog(logged); err != nil {
		return nil, ceremonyExit(fmt.Errorf("ceremony verify: %w", err))
	}
	return &ledgerLogCheck{Entries: len(logged)}, nil
}

// readCeremonyLog reads ceremony id's log from the onshore ledger (the
// embedded one of dataDir, or ledgerConfig's), as who; a failed read
// exits with readExit.
func readCeremonyLog(ctx context.Context, dataDir, ledgerConfig, who string, id field.Digest, readExit int) ([]ceremony.LogEntry, error) {
	conn, err := openLedgerConn(ledgerConfig, dataDir, slog.New(slog.DiscardHandler), who)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	entries, err := conn.Client.CeremonyLog(ctx, id)
	if err != nil {
		return nil, exitCode(readExit, fmt.Errorf("reading ceremony %s's log on the onshore ledger: %w", id, err))
	}
	return ceremony.LedgerLog(entries), nil
}
