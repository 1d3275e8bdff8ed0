package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// fakeClock is a clock a test moves by hand.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time               { return c.t }
func (c *fakeClock) add(d time.Duration)          { c.t = c.t.Add(d) }
func clocked(p *progress, c *fakeClock) *progress { p.now, p.began, p.last = c.now, c.t, c.t; return p }

func TestPlainLinesGiveEachChunkWithTheETAOfTheRest(t *testing.T) {
	var out bytes.Buffer
	c := &fakeClock{t: time.Unix(0, 0)}
	p := clocked(startProgress(&out, progressLines, "prove", 4, "chunks", 0), c)
	c.add(2 * time.Second)
	p.step(1, "chunk 1/4 proven in 2s")
	c.add(2 * time.Second)
	p.step(2, "chunk 2/4 proven in 2s")
	c.add(2 * time.Second)
	p.step(4, "chunk 4/4 proven in 2s")
	p.finish()
	want := "prove: chunk 1/4 proven in 2s, ETA 6s\n" +
		"prove: chunk 2/4 proven in 2s, ETA 4s\n" +
		"prove: chunk 4/4 proven in 2s\n"
	if out.String() != want {
		t.Fatalf("lines:\n%s\nwant:\n%s", out.String(), want)
	}
}

func TestPeriodicLinesComeEveryIntervalAndEndWithTheCount(t *testing.T) {
	var out bytes.Buffer
	c := &fakeClock{t: time.Unix(0, 0)}
	p := clocked(startProgress(&out, progressLines, "agent", 100, "events answered", 5*time.Second), c)
	c.add(time.Second)
	p.set(10) // too soon for a line
	if out.Len() != 0 {
		t.Fatalf("a line before the interval: %q", out.String())
	}
	c.add(4 * time.Second)
	p.set(25)
	c.add(5 * time.Second)
	p.set(150) // more than announced: the total follows
	p.finish()
	p.finish()
	want := "agent: 25/100 events answered (25%) in 5s, ETA 15s\n" +
		"agent: 150/150 events answered (100%) in 10s\n" +
		"agent: 150/150 events answered (100%) in 10s\n"
	if out.String() != want {
		t.Fatalf("lines:\n%s\nwant:\n%s", out.String(), want)
	}
}

func TestShortWorkWithOnlyPeriodicLinesLeavesNoTrace(t *testing.T) {
	var out bytes.Buffer
	p := startProgress(&out, progressLines, "simulating", 48, "hours", 5*time.Second)
	p.set(48)
	p.finish()
	if out.Len() != 0 {
		t.Fatalf("a quick run wrote %q", out.String())
	}
}

func TestNothingIsShownWithProgressOff(t *testing.T) {
	var out bytes.Buffer
	p := startProgress(&out, progressOff, "prove", 2, "chunks", time.Nanosecond)
	p.step(1, "chunk 1/2 proven")
	p.set(2)
	p.finish()
	if out.Len() != 0 {
		t.Fatalf("progress off wrote %q", out.String())
	}
}

func TestTheModeFollowsTheFlagElseTheTerminal(t *testing.T) {
	devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer devnull.Close()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	for _, c := range []struct {
		name    string
		w       any
		set, on bool
		want    progressMode
	}{
		{"a buffer gets lines", &bytes.Buffer{}, false, false, progressLines},
		{"a pipe gets lines", w, false, false, progressLines},
		{"/dev/null is a character device, not a terminal: lines", devnull, false, false, progressLines},
		{"--progress draws the bar into a pipe", w, true, true, progressBar},
		{"--progress=false shows nothing", w, true, false, progressOff},
	} {
		t.Run(c.name, func(t *testing.T) {
			wr := c.w.(interface{ Write([]byte) (int, error) })
			if got := progressModeFor(wr, c.set, c.on); got != c.want {
				t.Errorf("mode %d, want %d", got, c.want)
			}
		})
	}
}

func TestAgentOnceWritesPlainProgressLinesToStderrOnly(t *testing.T) {
	fleet := simTestFleet(t)
	events := filepath.Join(fleet, "events.jsonl")
	b, err := os.ReadFile(events)
	if err != nil {
		t.Fatal(err)
	}
	n := strings.Count(string(b), "\n")
	args := []string{"agent", "--data", filepath.Join(t.TempDir(), "data"), "--devices", filepath.Join(fleet, "devices.yaml"),
		"--source", "file:" + events, "--once", "--log-level", "warn"}
	code, stdout, stderr := simTestRun(t, args...)
	if code != 0 {
		t.Fatalf("agent --once: exit %d\n%s%s", code, stdout, stderr)
	}
	total := strconv.Itoa(n)
	if !strings.Contains(stderr, "agent: "+total+" events to forward (queued and unread)\n") ||
		!regexp.MustCompile(`agent: `+total+`/`+total+` events answered \(100%\) in \S+\n`).MatchString(stderr) {
		t.Errorf("stderr lacks the start line and the final %s/%s line:\n%s", total, total, stderr)
	}
	if strings.Contains(stdout, "agent:") || strings.Contains(stdout, "events answered") {
		t.Errorf("progress on stdout:\n%s", stdout)
	}

	// Run again: the files are read, nothing is left; --progress=false is quiet.
	code, _, stderr = simTestRun(t, append(args, "--progress=false")...)
	if code != 0 || strings.Contains(stderr, "agent:") {
		t.Fatalf("agent --once --progress=false: exit %d, stderr:\n%s", code, stderr)
	}
}

func TestASpinnerNamesEachStageAndEndsCleared(t *testing.T) {
	var out bytes.Buffer
	st := newStages(progressOut{w: &out, mode: progressBar}, "setup")
	st.start("compile circuit")
	time.Sleep(250 * time.Millisecond) // a turn of the spinner
	st.start("groth16 setup")
	time.Sleep(250 * time.Millisecond)
	st.finish()
	st.p.finish() // a second finish does nothing
	if !strings.Contains(out.String(), "setup: compile circuit …") || !strings.Contains(out.String(), "setup: groth16 setup …") {
		t.Fatalf("the spinner did not name the stages:\n%q", out.String())
	}
	if !regexp.MustCompile(`setup: compile circuit done in \S+\n`).MatchString(out.String()) ||
		!regexp.MustCompile(`setup: groth16 setup done in \S+\n`).MatchString(out.String()) {
		t.Errorf("no line with each stage's time stays on the terminal:\n%q", out.String())
	}
	if !strings.HasSuffix(out.String(), "\r") {
		t.Errorf("the spinner was not cleared at the end:\n%q", out.String())
	}
}

func TestSetupStagesAreLinesWithoutATerminal(t *testing.T) {
	var out bytes.Buffer
	st := newStages(progressOut{w: &out, mode: progressLines}, "setup")
	st.start("compile circuit")
	st.start("write keys")
	st.finish()
	got := regexp.MustCompile(`done in [0-9.]+[mµn]?s`).ReplaceAllString(out.String(), "done in T")
	want := "setup: compile circuit …\nsetup: compile circuit done in T\nsetup: write keys …\nsetup: write keys done in T\n"
	if got != want {
		t.Fatalf("lines:\n%s\nwant:\n%s", got, want)
	}
}
