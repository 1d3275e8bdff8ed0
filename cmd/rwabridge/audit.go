package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/policies/policy"
)

func init() { register(newAuditCmd) }

// auditSubcommands are the further subcommands of audit, added by the files
// that define them (one file per subcommand).
var auditSubcommands []func() *cobra.Command

// Exit codes of rwabridge audit verify-proof, one per failure class.
const (
	exitBundleMalformed = 3 // the bundle does not decode or is inconsistent
	exitVKMismatch      = 4 // the bundle was proven with another verifying key
	exitPublicInputs    = 5 // public inputs do not follow from the stated values
	exitProof           = 6 // a Groth16 proof does not verify
	exitVKUnreadable    = 7 // the verifying key is missing or does not match its metadata
)

func newAuditCmd() *cobra.Command {
	subs := []*cobra.Command{newAuditVerifyProofCmd()}
	for _, f := range auditSubcommands {
		subs = append(subs, f())
	}
	return groupCmd(&cobra.Command{
		Use:   "audit",
		Short: "Check disclosure evidence independently of the producer",
		Long: `audit re-derives and checks the evidence behind a disclosure without trusting
the code that produced it. Subcommands:

  verify-proof   verify a proof bundle offline against a verifying key
  verify         re-verify every disclosure a registry accepted (node or bundle)
  export         write a registry's evidence to a bundle that verifies offline`,
		Example: `  rwabridge audit verify-proof --bundle proof.json --vk /tmp/keys`,
	}, "verify-proof", subs...)
}

func newAuditVerifyProofCmd() *cobra.Command {
	var bundlePath, vkPath string
	cmd := &cobra.Command{
		Use:   "verify-proof --bundle FILE --vk DIR|FILE",
		Short: "Verify a proof bundle offline against a verifying key",
		Long: `verify-proof checks a proof bundle (rwabridge prove --out) against a verifying
key (a key directory from rwabridge setup, or its .vk file, next to the
metadata): the key's hash against the bundle's vk_hash, the chunk structure, the
epoch root recomputed from the chunk roots, the accumulator chain, every public
input recomputed from the bundle's stated values (pool, epoch, policy hash,
roots, counts, metrics), every Groth16 proof, and the bundle's setup label
against the key's kind (a bundle can not call dev keys a ceremony's).

Exit status: 0 valid; 2 usage; 3 malformed bundle; 4 verifying key mismatch;
5 public inputs do not match the stated values; 6 invalid proof; 7 verifying
key missing or not matching its metadata.`,
		Example: `  rwabridge audit verify-proof --bundle proof.json --vk /tmp/keys
  rwabridge audit verify-proof --bundle proof.json --vk /tmp/keys/summary-1024.dev-insecure.vk`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if bundlePath == "" || vkPath == "" {
				return errors.New("missing --bundle or --vk: name the proof bundle and the verifying key, e.g. --bundle proof.json --vk /tmp/keys")
			}
			vk, meta, err := keys.LoadVK(vkPath)
			if err != nil {
				return exitCode(exitVKUnreadable, fmt.Errorf("verify-proof: %w", err))
			}
			if meta.Insecure {
				fmt.Fprintln(cmd.ErrOrStderr(), keys.Warning)
			}
			f, err := os.Open(bundlePath)
			if err != nil {
				return exitCode(exitBundleMalformed, fmt.Errorf("verify-proof: %w", err))
			}
			defer f.Close()
			b, err := bundle.Decode(f)
			if err == nil {
				err = bundle.CheckSetup(b, meta.Setup)
			}
			if err == nil {
				err = bundle.Verify(b, vk)
			}
			if err != nil {
				return exitCode(verifyExitCode(err), fmt.Errorf("verify-proof: %s: %w", bundlePath, err))
			}
			fmt.Fprintf(cmd.OutOrStdout(), "OK %s pool=%s epoch=%d policy=%s@%d chunks=%d root=%s vk_hash=%s setup=%s\n",
				bundlePath, b.Pool, b.Epoch, b.Policy.ID, b.Policy.Version, len(b.Chunks), b.Root, b.VKHash, meta.Setup)
			for _, name := range b.Disclosed {
				m, err := policy.ParseMetric(name)
				if err != nil {
					continue // Decode accepts only known names
				}
				v := b.Metrics.Get(m)
				fmt.Fprintf(cmd.OutOrStdout(), "  %s = %d\n", name, v)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&bundlePath, "bundle", "", "proof bundle (JSON) to verify")
	f.StringVar(&vkPath, "vk", "", "key directory or .vk file (with its .json metadata beside it)")
	return cmd
}

func verifyExitCode(err error) int {
	switch {
	case errors.Is(err, bundle.ErrMalformedBundle):
		return exitBundleMalformed
	case errors.Is(err, bundle.ErrVKMismatch):
		return exitVKMismatch
	case errors.Is(err, bundle.ErrPublicInputs):
		return exitPublicInputs
	case errors.Is(err, bundle.ErrProof):
		return exitProof
	}
	return 1
}
