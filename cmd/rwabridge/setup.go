package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/circuits/keys"
)

func init() { register(newSetupCmd) }

func newSetupCmd() *cobra.Command {
	var (
		capacity int
		out      string
		dev      bool
	)
	cmd := &cobra.Command{
		Use:   "setup --capacity C --keys DIR --dev",
		Short: "Set up the Groth16 keys of the epoch-summary circuit for a chunk capacity",
		Long: `setup compiles the epoch-summary circuit for chunks of C records (a power of
two; the ledger's chunk_capacity), runs the Groth16 setup and writes into DIR:

  summary-C[.dev-insecure].ccs   constraint system
  summary-C[.dev-insecure].pk    proving key
  summary-C[.dev-insecure].vk    verifying key
  summary-C[.dev-insecure].sol   Solidity verifier for that key (for the L2 registry)
  summary-C[.dev-insecure].json  metadata: capacity, circuit version, setup kind,
                                 constraints, gnark version, file SHA-256s, VK hash

A set already in DIR is reused when its files match their metadata and the
circuit version of this build; a set that does not match is an error (remove it
to set up anew).

--dev runs a single-party setup on this machine. Such keys are INSECURE: whoever
ran the setup can forge proofs. Their file names carry ".dev-insecure" and every
command using them prints a warning. Production keys come from a multi-party
ceremony among the consortium orgs: rwabridge ceremony init, contribute, close and
verify (see rwabridge ceremony --help). Without --dev, setup refuses and says so.

Setup takes about 0.2 ms per constraint per core (1–2 minutes at C=1024 on
two cores) and shows its stages with elapsed times on stderr: a spinner on a
terminal (or with --progress), a line as each stage starts and ends otherwise.`,
		Example: `  rwabridge setup --capacity 1024 --keys /tmp/keys --dev
  rwabridge setup --capacity 4096 --keys keys/ --dev --progress`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				return errors.New("missing --keys: name the directory for the keys, e.g. --keys /tmp/keys (prove, relay and audit read them with the same flag)")
			}
			kind := keys.KindCeremony
			if dev {
				kind = keys.KindDev
			}
			stderr := cmd.ErrOrStderr()
			if dev {
				fmt.Fprintln(stderr, keys.Warning)
			}
			st := newStages(progressOf(cmd), "setup")
			began := time.Now()
			set, reused, err := keys.Setup(cmd.Context(), out, capacity, kind, keys.Options{Progress: st.start})
			st.finish()
			if err != nil {
				return exitCode(1, fmt.Errorf("setup: %w", err))
			}
			m := set.Meta
			w := cmd.OutOrStdout()
			verb := "wrote"
			if reused {
				verb = "reused"
			}
			fmt.Fprintf(w, "%s %s keys for capacity %d in %s (%s): %d constraints (%.1f per record), %d public inputs, vk_hash %s\n",
				verb, m.Setup, m.Capacity, out, time.Since(began).Round(time.Millisecond), m.Constraints,
				float64(m.Constraints)/float64(m.Capacity), m.PublicInputs, m.VKHash)
			for _, ext := range []string{keys.ExtCCS, keys.ExtPK, keys.ExtVK, keys.ExtSolidity} {
				fi := m.Files[ext]
				fmt.Fprintf(w, "  %s  %d bytes  sha256 %s\n", filepath.Join(out, fi.Name), fi.Size, fi.SHA256)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&capacity, "capacity", 1024, "records per chunk: a power of two, the ledger's chunk_capacity")
	f.StringVar(&out, "keys", "", "directory for the key files (created if missing): what --keys of prove and audit verify-proof (--vk) names")
	f.BoolVar(&dev, "dev", false, "INSECURE single-party development setup (production needs a ceremony)")
	addProgressFlag(cmd)
	return cmd
}

// stages reports a long command's stages (gnark's setup reports no progress of its
// own): on a terminal a spinner naming the running stage, otherwise a line
// as each stage starts; in both a line with each stage's time as it ends.
type stages struct {
	p     *progress
	name  string
	began time.Time
}

func newStages(show progressOut, name string) *stages {
	return &stages{p: show.start(name, -1, "", 0)}
}

func (s *stages) start(name string) {
	s.end()
	s.name, s.began = name, time.Now()
	s.p.step(0, name+" …")
}

func (s *stages) end() {
	if s.name != "" {
		s.p.line(fmt.Sprintf("%s done in %s", s.name, time.Since(s.began).Round(10*time.Millisecond)))
		s.name = ""
	}
}

func (s *stages) finish() {
	s.end()
	s.p.finish()
}
