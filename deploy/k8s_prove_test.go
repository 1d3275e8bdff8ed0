package deploy_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"

	"github.com/rwabridge/rwabridge/bridge/prove"
	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// provingJobs returns the Indexed Job that proves an epoch's parts and the
// Job that merges them, from deploy/k8s/prove.
func provingJobs(t *testing.T, c *cluster) (parts, merge workload) {
	t.Helper()
	for _, w := range c.workloads {
		switch w.name {
		case "rwabridge-prove":
			parts = w
		case "rwabridge-prove-merge":
			merge = w
		}
	}
	if parts.job == nil || merge.job == nil {
		t.Fatal("deploy/k8s/prove has no Job rwabridge-prove and rwabridge-prove-merge")
	}
	return parts, merge
}

// theContainer returns the workload's one rwabridge container.
func theContainer(t *testing.T, w workload) corev1.Container {
	t.Helper()
	cs := rwabridgeContainers(w.template.Spec)
	if len(cs) != 1 || len(w.template.Spec.Containers) != 1 {
		t.Fatalf("%s: %d containers, %d of them rwabridge; want exactly one", w.name, len(w.template.Spec.Containers), len(cs))
	}
	return cs[0]
}

// env returns the literal value of the container's variable name.
func env(t *testing.T, ct corev1.Container, name string) string {
	t.Helper()
	for _, e := range ct.Env {
		if e.Name == name && e.ValueFrom == nil {
			return e.Value
		}
	}
	t.Fatalf("container %s sets no %s", ct.Name, name)
	return ""
}

// TestTheProvingJobSplitsAnEpochByPodIndex: the parts run as an Indexed
// Job whose pod I runs `rwabridge prove --part $(JOB_COMPLETION_INDEX)
// --parts P` with P its completions (parallelism at most that), pods are
// never restarted in place (a failed index is retried as a new pod), the
// chunk directory is on a ReadWriteMany claim every pod mounts, the salt
// seed comes from the Secret rwabridge-salt-seed; the merge Job runs
// `rwabridge prove merge` once over the same ledger, pool, epoch, keys,
// seed and chunk directory.
func TestTheProvingJobSplitsAnEpochByPodIndex(t *testing.T) {
	c := decodeManifests(t, "k8s")
	parts, merge := provingJobs(t, c)
	js := parts.job
	if js.CompletionMode == nil || *js.CompletionMode != batchv1.IndexedCompletion {
		t.Errorf("%s: completionMode %v, want Indexed (each pod gets its index)", parts.name, js.CompletionMode)
	}
	if js.Completions == nil || js.Parallelism == nil || *js.Parallelism < 1 || *js.Parallelism > *js.Completions {
		t.Fatalf("%s: completions and parallelism %s: want 1 ≤ parallelism ≤ completions", parts.name, intsOf(js.Completions, js.Parallelism))
	}
	pct := theContainer(t, parts)
	pa := checkArgs(t, pct.Name, pct.Args)
	if !slices.Equal(pa.path, []string{"prove"}) {
		t.Fatalf("%s runs rwabridge %v, want prove", parts.name, pa.path)
	}
	if pa.flags["part"] != "$(JOB_COMPLETION_INDEX)" {
		t.Errorf("--part %q, want $(JOB_COMPLETION_INDEX): the pod's index is its part", pa.flags["part"])
	}
	if n, err := strconv.Atoi(pa.flags["parts"]); err != nil || int32(n) != *js.Completions {
		t.Errorf("--parts %q, completions %d: want them equal (a part no pod runs is a missing chunk)", pa.flags["parts"], *js.Completions)
	}
	mct := theContainer(t, merge)
	ma := checkArgs(t, mct.Name, mct.Args)
	if !slices.Equal(ma.path, []string{"prove", "merge"}) {
		t.Fatalf("%s runs rwabridge %v, want prove merge", merge.name, ma.path)
	}
	if mj := merge.job; mj.CompletionMode != nil && *mj.CompletionMode == batchv1.IndexedCompletion || mj.Completions == nil || *mj.Completions != 1 {
		t.Errorf("%s: want one non-indexed completion", merge.name)
	}
	for _, f := range []string{"ledger-config", "pool", "epoch", "keys", "salt-seed", "chunk-dir"} {
		if pa.flags[f] == "" || pa.flags[f] != ma.flags[f] {
			t.Errorf("--%s: the parts say %q, the merge %q; want one value", f, pa.flags[f], ma.flags[f])
		}
	}
	for _, v := range []string{"POOL", "EPOCH"} {
		if env(t, pct, v) != env(t, mct, v) {
			t.Errorf("%s: the parts have %q, the merge %q", v, env(t, pct, v), env(t, mct, v))
		}
	}
	for _, w := range []workload{parts, merge} {
		if w.template.Spec.RestartPolicy != corev1.RestartPolicyNever {
			t.Errorf("%s: restartPolicy %q, want Never", w.name, w.template.Spec.RestartPolicy)
		}
		ct := theContainer(t, w)
		p := pod{c: c, w: w, ct: ct}
		args := checkArgs(t, ct.Name, ct.Args)
		// The chunk directory: one claim every pod, on any node, writes.
		if m, _, _ := p.mount(args.flags["chunk-dir"]); m != nil {
			claim := claimOf(w, m.Name)
			if cl := c.claims[claim]; cl == nil || !slices.Contains(cl.Spec.AccessModes, corev1.ReadWriteMany) {
				t.Errorf("%s: --chunk-dir is on volume %s (claim %q), want a ReadWriteMany claim", w.name, m.Name, claim)
			}
		}
		// The salt seed: copied by an init container out of its Secret.
		if !slices.ContainsFunc(w.template.Spec.InitContainers, func(ic corev1.Container) bool {
			if !slices.Contains(ic.Command, args.flags["salt-seed"]) {
				return false
			}
			ip := pod{c: c, w: w, ct: ic}
			for _, a := range ic.Command {
				if _, vol, rel := ip.mount(a); vol != nil && vol.Secret != nil && vol.Secret.SecretName == "rwabridge-salt-seed" && rel == "salt.seed" {
					return true
				}
			}
			return false
		}) {
			t.Errorf("%s: no init container copies salt.seed of the Secret rwabridge-salt-seed to --salt-seed %s", w.name, args.flags["salt-seed"])
		}
	}
}

// intsOf shows optional integers.
func intsOf(xs ...*int32) string {
	var s []string
	for _, x := range xs {
		if x == nil {
			s = append(s, "unset")
		} else {
			s = append(s, strconv.Itoa(int(*x)))
		}
	}
	return strings.Join(s, ", ")
}

// claimOf returns the claim behind the pod volume name ("" if none).
func claimOf(w workload, name string) string {
	for _, v := range w.template.Spec.Volumes {
		if v.Name == name && v.PersistentVolumeClaim != nil {
			return v.PersistentVolumeClaim.ClaimName
		}
	}
	return ""
}

// TestTheJobsProveEachChunkOnceByPodIndexAndMerge runs the proving Job's
// command line as its pods run it, one process per completion index (the
// index for $(JOB_COMPLETION_INDEX), the pod's mounts mapped to temporary
// directories, an embedded ledger for the Fabric connection), over an
// epoch of 3 chunks of 8, with the manifest's parts (as many as the chunks
// or more: pod i proves chunk i) and with 2 (fewer: pod 0 proves chunks 0
// and 2): pod i writes exactly the chunk files i mod P = i names, the merge
// Job's command then writes a bundle that verifies, and it equals, but for
// the (randomised) proof bytes, the bundle one `rwabridge prove` with the
// same salt seed writes.
func TestTheJobsProveEachChunkOnceByPodIndexAndMerge(t *testing.T) {
	if testing.Short() {
		t.Skip("simulates, seals, sets up keys and proves 9 chunks; skipped in -short")
	}
	c := decodeManifests(t, "k8s")
	parts, merge := provingJobs(t, c)
	tmp := t.TempDir()
	data, pool, epoch := threeChunkLedger(t, tmp)
	keysDir := filepath.Join(tmp, "keys")
	seed := filepath.Join(tmp, "secrets", "salt.seed")
	if err := os.MkdirAll(filepath.Dir(seed), 0o700); err != nil {
		t.Fatal(err)
	}
	run(t, "setup", "--capacity", "8", "--keys", keysDir, "--dev")
	run(t, "prove", "salt-seed", "--out", seed)
	one := filepath.Join(tmp, "one.json")
	run(t, "prove", "--data", data, "--pool", string(pool), "--epoch", strconv.FormatUint(epoch, 10), "--keys", keysDir, "--salt-seed", seed, "--out", one)

	for _, p := range []int{int(*parts.job.Completions), 2} {
		t.Run(fmt.Sprintf("%d parts", p), func(t *testing.T) {
			// The claim, as the loader pod prepares it (README.md).
			claim := t.TempDir()
			for _, d := range []string{"chunks", "bundles"} {
				if err := os.Mkdir(filepath.Join(claim, d), 0o700); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.Symlink(keysDir, filepath.Join(claim, "keys")); err != nil {
				t.Fatal(err)
			}
			// The pod's command line, mapped onto this machine.
			local := func(w workload, index int) []string {
				ct := theContainer(t, w)
				vars := map[string]string{"POOL": env(t, ct, "POOL"), "EPOCH": strconv.FormatUint(epoch, 10), "JOB_COMPLETION_INDEX": strconv.Itoa(index)}
				if vars["POOL"] != string(pool) {
					t.Fatalf("the Job proves pool %s, the test ledger holds %s", vars["POOL"], pool)
				}
				var out []string
				for _, a := range ct.Args {
					a = argVar.ReplaceAllStringFunc(a, func(m string) string { return vars[argVar.FindStringSubmatch(m)[1]] })
					a = strings.ReplaceAll(a, "/var/lib/rwabridge/proving", claim)
					a = strings.ReplaceAll(a, "/run/rwabridge/keys", filepath.Dir(seed))
					switch {
					case strings.HasPrefix(a, "--ledger-config="):
						a = "--data=" + data
					case strings.HasPrefix(a, "--parts="):
						a = "--parts=" + strconv.Itoa(p)
					}
					out = append(out, a)
				}
				return out
			}
			chunks := filepath.Join(claim, "chunks")
			seen := map[string]int{}
			for i := range p {
				stdout := run(t, local(parts, i)...)
				var want, got []string
				for j := i; j < 3; j += p {
					want = append(want, filepath.Join(chunks, prove.ChunkFileName(pool, epoch, j)))
				}
				sc := bufio.NewScanner(strings.NewReader(stdout))
				for sc.Scan() {
					if line := sc.Text(); strings.HasPrefix(line, "  ") {
						got = append(got, strings.TrimSpace(line))
					}
				}
				if !slices.Equal(got, want) {
					t.Errorf("pod %d of %d wrote %q, want %q\n%s", i, p, got, want, stdout)
				}
				for _, f := range got {
					seen[f]++
				}
			}
			files, _ := filepath.Glob(filepath.Join(chunks, "*"))
			if len(files) != 3 || len(seen) != 3 {
				t.Fatalf("the pods wrote %v (%v), want the 3 chunks once each", files, seen)
			}
			run(t, local(merge, 0)...)
			merged := filepath.Join(claim, "bundles", string(pool)+"@"+strconv.FormatUint(epoch, 10)+".json")
			if out := run(t, "audit", "verify-proof", "--bundle", merged, "--vk", keysDir); !strings.HasPrefix(out, "OK ") {
				t.Fatalf("verify-proof of the merged bundle: %s", out)
			}
			if a, b := readBundle(t, merged).WithoutProofs(), readBundle(t, one).WithoutProofs(); !reflect.DeepEqual(a, b) {
				t.Errorf("merged bundle\n%+v\none process's\n%+v", a, b)
			}
		})
	}
}

// run runs rwabridge with args and returns its stdout; it fails t unless
// it exits 0.
func run(t *testing.T, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(binary, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("rwabridge %s: %v\n%s%s", strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// threeChunkLedger makes an embedded ledger with chunks of 8 holding one
// sealed epoch of 20 records (3 chunks) from 5 cabinets, the policy's k:
// the first 4 events of each, simulated three days ago.
func threeChunkLedger(t *testing.T, dir string) (data string, pool telemetry.PoolID, epoch uint64) {
	t.Helper()
	day := time.Now().UTC().Truncate(24*time.Hour).AddDate(0, 0, -3)
	fleet := filepath.Join(dir, "fleet")
	run(t, "sim", "--cabinets", "5", "--days", "1", "--seed", "3", "--start", day.Format(time.DateOnly), "--out", fleet)
	all, err := os.ReadFile(filepath.Join(fleet, "events.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var picked []byte
	per := map[uint32]int{}
	for line := range bytes.Lines(all) {
		var ev struct {
			Pool    telemetry.PoolID `json:"pool"`
			Cabinet uint32           `json:"cabinet"`
		}
		if err := json.Unmarshal(line, &ev); err != nil {
			t.Fatal(err)
		}
		if per[ev.Cabinet] < 4 {
			per[ev.Cabinet]++
			picked = append(picked, line...)
			pool = ev.Pool
		}
	}
	events := filepath.Join(dir, "events.jsonl")
	if err := os.WriteFile(events, picked, 0o600); err != nil {
		t.Fatal(err)
	}
	data = filepath.Join(dir, "data")
	cfg := embedded.Default()
	cfg.Contract.ChunkCapacity = 8
	if err := embedded.WriteDirConfig(data, cfg); err != nil {
		t.Fatal(err)
	}
	run(t, "agent", "--data", data, "--devices", filepath.Join(fleet, "devices.yaml"), "--source", "file:"+events, "--once", "--log-level", "warn")
	run(t, "sealer", "--data", data, "--policy", "battery-swap-daily", "--once", "--log-level", "warn")
	return data, pool, uint64(day.Unix() / 86400)
}

// readBundle reads the bundle at path, a disclosed epoch of 3 chunks.
func readBundle(t *testing.T, path string) *bundle.Bundle {
	t.Helper()
	b, err := bundle.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if b.Suppressed || len(b.Chunks) != 3 {
		t.Fatalf("%s: suppressed %t, %d chunks; want a disclosed epoch of 3", path, b.Suppressed, len(b.Chunks))
	}
	return b
}
