package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/bridge/ethkey"
)

// benchStep is one command the ceremony benchmark runs, as its own process.
type benchStep struct {
	Name  string
	Args  []string
	Files []string // files the step writes, whose sizes are shown
	Wall  time.Duration
	CPU   time.Duration
	RSS   int64 // peak resident set, bytes (0 where the OS does not say)
	// Stages are the step's own progress lines: "<stage> done in <d>".
	Stages []benchStage
}

type benchStage struct {
	Name string
	Took time.Duration
}

var stageDone = regexp.MustCompile(`^[a-z ]+: (.+) done in ([0-9][0-9.hmµns]*)$`)

// parseStages reads the "… done in …" lines a command prints on stderr.
func parseStages(stderr []byte) []benchStage {
	var out []benchStage
	for _, line := range strings.Split(string(stderr), "\n") {
		m := stageDone.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil {
			continue
		}
		d, err := time.ParseDuration(m[2])
		if err != nil {
			continue
		}
		out = append(out, benchStage{Name: m[1], Took: d})
	}
	return out
}

func newBenchCeremonyCmd() *cobra.Command {
	var (
		capacity, orgs int
		dir            string
		keep           bool
	)
	cmd := &cobra.Command{
		Use:   "ceremony [--capacity C] [--orgs N]",
		Short: "Measure a whole key ceremony, step by step, against a single-party setup",
		Long: `ceremony runs, each as its own rwabridge process so that each is measured as
an org would run it, a development setup (the baseline) and then a whole
ceremony of N orgs at capacity C: init, each org's phase 1 contribution, close
of phase 1 (seal with a beacon, phase 2 initialization), each org's phase 2
contribution, close of phase 2 (the keys), and a full verification of the
transcript. For each step it prints the wall time, the CPU time, the peak
resident memory and the size of the file written, then the verification's own
stages, and the ceremony's total against the single-party setup.

The ceremony lives in --dir (default: a temporary directory, removed at the end
unless --keep). At capacity 1024 a three-org run takes about 20 minutes on two
cores; nothing else should run meanwhile if the figures are to mean anything.`,
		Example: `  rwabridge bench ceremony --capacity 64
  rwabridge bench ceremony --capacity 1024 --orgs 3 --dir /tmp/ceremony-1024 --keep`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if orgs < 2 {
				return exitCode(2, errors.New("--orgs: a ceremony needs at least 2 orgs"))
			}
			exe, err := os.Executable()
			if err != nil {
				return exitCode(1, err)
			}
			if dir == "" {
				if dir, err = os.MkdirTemp("", "rwabridge-bench-ceremony-"); err != nil {
					return exitCode(1, err)
				}
				if !keep {
					defer os.RemoveAll(dir)
				}
			} else if names, err := os.ReadDir(dir); err == nil && len(names) > 0 {
				return exitCode(2, fmt.Errorf("--dir %s is not empty", dir))
			} else if err := os.MkdirAll(dir, 0o755); err != nil {
				return exitCode(1, err)
			}
			steps, err := ceremonySteps(dir, capacity, orgs)
			if err != nil {
				return exitCode(1, err)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "key ceremony of %d orgs at capacity %d in %s\n", orgs, capacity, dir)
			for i := range steps {
				s := &steps[i]
				fmt.Fprintf(cmd.ErrOrStderr(), "bench ceremony: %s …\n", s.Name)
				if err := runBenchStep(cmd.Context(), exe, s); err != nil {
					return exitCode(1, fmt.Errorf("bench ceremony: %s: %w", s.Name, err))
				}
			}
			printBenchSteps(w, steps)
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&capacity, "capacity", 64, "the circuit's chunk capacity")
	f.IntVar(&orgs, "orgs", 3, "how many orgs contribute")
	f.StringVar(&dir, "dir", "", "where the ceremony is made (an empty or new directory; default a temporary one)")
	f.BoolVar(&keep, "keep", false, "keep the temporary directory")
	return cmd
}

// ceremonySteps writes the orgs' keys into dir and returns the steps.
func ceremonySteps(dir string, capacity, n int) ([]benchStep, error) {
	c := filepath.Join(dir, "ceremony")
	capArg := fmt.Sprint(capacity)
	steps := []benchStep{{Name: "baseline: single-party setup --dev", Args: []string{"setup", "--dev", "--capacity", capArg, "--keys", filepath.Join(dir, "dev-keys")}}}
	initArgs := []string{"ceremony", "init", "--dir", c, "--capacity", capArg, "--beacon1", "bench beacon one", "--beacon2", "bench beacon two"}
	var contrib [2][]benchStep
	for i := range n {
		org := fmt.Sprintf("Org%dMSP", i+1)
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		keyFile := filepath.Join(dir, org+".key")
		if err := ethkey.WriteHex(keyFile, k); err != nil {
			return nil, err
		}
		initArgs = append(initArgs, "--participant", org+"="+crypto.PubkeyToAddress(k.PublicKey).Hex())
		for p := range 2 {
			contrib[p] = append(contrib[p], benchStep{
				Name:  fmt.Sprintf("phase %d: %s contributes", p+1, org),
				Args:  []string{"ceremony", "contribute", "--dir", c, "--org", org, "--key", keyFile},
				Files: []string{filepath.Join(c, fmt.Sprintf("phase%d", p+1), fmt.Sprintf("%04d-%s.ph%d", i+1, org, p+1))},
			})
		}
	}
	beacon := func(b byte) string { return "0x" + strings.Repeat(fmt.Sprintf("%02x", b), 32) }
	steps = append(steps, benchStep{Name: "init", Args: initArgs})
	steps = append(steps, contrib[0]...)
	steps = append(steps, benchStep{Name: "phase 1: close (seal, phase 2 init)", Args: []string{"ceremony", "close", "--dir", c, "--beacon", beacon(0xb1)},
		Files: []string{filepath.Join(c, "phase1", "srs.bin"), filepath.Join(c, "phase2", "evaluations.bin")}})
	steps = append(steps, contrib[1]...)
	steps = append(steps, benchStep{Name: "phase 2: close (seal, keys)", Args: []string{"ceremony", "close", "--dir", c, "--beacon", beacon(0xb2)},
		Files: []string{filepath.Join(c, "keys", fmt.Sprintf("summary-%d.pk", capacity))}})
	steps = append(steps, benchStep{Name: "verify the whole transcript", Args: []string{"ceremony", "verify", "--dir", c, "--beacon1", beacon(0xb1), "--beacon2", beacon(0xb2)}})
	return steps, nil
}

func runBenchStep(ctx context.Context, exe string, s *benchStep) error {
	var stderr bytes.Buffer
	c := exec.CommandContext(ctx, exe, s.Args...)
	c.Stdout, c.Stderr = io.Discard, &stderr
	began := time.Now()
	err := c.Run()
	s.Wall = time.Since(began)
	if err != nil {
		return fmt.Errorf("%w\n%s", err, stderr.String())
	}
	s.CPU = c.ProcessState.UserTime() + c.ProcessState.SystemTime()
	s.RSS = peakRSS(c.ProcessState)
	s.Stages = parseStages(stderr.Bytes())
	return nil
}

func printBenchSteps(w io.Writer, steps []benchStep) {
	fmt.Fprintf(w, "%-40s %9s %9s %9s %9s\n", "step", "wall", "CPU", "peak RSS", "written")
	var total time.Duration
	for i, s := range steps {
		var size int64
		for _, f := range s.Files {
			if st, err := os.Stat(f); err == nil {
				size += st.Size()
			}
		}
		fmt.Fprintf(w, "%-40s %7.1f s %7.1f s %9s %9s\n", s.Name, s.Wall.Seconds(), s.CPU.Seconds(), byteSize(s.RSS), byteSize(size))
		if i > 0 {
			total += s.Wall
		}
	}
	last := steps[len(steps)-1]
	if len(last.Stages) > 0 {
		fmt.Fprintln(w, "verify's stages:")
		for _, st := range last.Stages {
			fmt.Fprintf(w, "  %-70s %6.1f s\n", st.Name, st.Took.Seconds())
		}
	}
	fmt.Fprintf(w, "ceremony total (every step after the baseline): %.1f s, %.1f× the single-party setup (%.1f s)\n",
		total.Seconds(), total.Seconds()/steps[0].Wall.Seconds(), steps[0].Wall.Seconds())
}

// byteSize shows a size in kB below a megabyte, else in MB ("-" for none).
func byteSize(n int64) string {
	switch {
	case n == 0:
		return "-"
	case n < 1e6:
		return fmt.Sprintf("%.0f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%.0f MB", float64(n)/1e6)
}
