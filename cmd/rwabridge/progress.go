package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/rwabridge/rwabridge/onshore/agent"
)

// progressMode is how long work shows its progress on stderr.
type progressMode int

const (
	// progressOff shows nothing (--progress=false).
	progressOff progressMode = iota
	// progressLines writes plain lines, one per step or every little while:
	// for logs, CI and pipes (stderr is not a terminal).
	progressLines
	// progressBar redraws a bar in place (stderr is a terminal, or
	// --progress).
	progressBar
)

// progressHelp is the usage of every command's --progress flag.
const progressHelp = "draw the progress bar on stderr even when it is not a terminal (default: a bar on a terminal, plain lines otherwise; --progress=false: none)"

// addProgressFlag registers --progress on cmd; progressOf reads it.
func addProgressFlag(cmd *cobra.Command) { cmd.Flags().Bool("progress", false, progressHelp) }

// progressOut is where and how a command shows progress.
type progressOut struct {
	w    io.Writer
	mode progressMode
}

// progressOf is where and how cmd shows progress, once its flags are parsed:
// always on its stderr (stdout carries the command's results), in the mode
// --progress and the terminal decide.
func progressOf(cmd *cobra.Command) progressOut {
	on, err := cmd.Flags().GetBool("progress")
	w := cmd.ErrOrStderr()
	return progressOut{w: w, mode: progressModeFor(w, err == nil && cmd.Flags().Changed("progress"), on)}
}

// start starts showing a piece of work (see startProgress).
func (o progressOut) start(desc string, total int64, unit string, every time.Duration) *progress {
	return startProgress(o.w, o.mode, desc, total, unit, every)
}

// progressModeFor decides the mode: the flag when it was given, else a bar
// on a terminal and plain lines anywhere else.
func progressModeFor(w io.Writer, flagSet, flagOn bool) progressMode {
	switch {
	case flagSet && flagOn:
		return progressBar
	case flagSet:
		return progressOff
	case isTerminal(w):
		return progressBar
	default:
		return progressLines
	}
}

// isTerminal reports whether w is a terminal (not a pipe, a file or
// /dev/null, which is a character device too).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// progress shows how far one piece of long work is: a bar redrawn in place
// (with the count, rate and ETA), or plain lines "DESC: DONE/TOTAL UNIT
// (P%), ETA D" at most every `every` and at the end, or nothing. Total -1 is
// an unknown total (a spinner; lines without a percentage). Safe for
// concurrent use.
type progress struct {
	mode  progressMode
	w     io.Writer
	desc  string
	unit  string
	every time.Duration
	now   func() time.Time

	mu          sync.Mutex
	total, done int64
	began, last time.Time
	bar         *progressbar.ProgressBar
	stopSpin    func() // stops the spinner (bar mode, unknown total)
	finished    bool
	wrote       bool // lines mode: a line was written
}

// startProgress starts showing desc with total units of work (-1: unknown)
// on w. In lines mode a line is written at most every `every` (0: only on
// step and finish).
func startProgress(w io.Writer, mode progressMode, desc string, total int64, unit string, every time.Duration) *progress {
	p := &progress{mode: mode, w: w, desc: desc, unit: unit, every: every, now: time.Now, total: total}
	p.began = p.now()
	p.last = p.began
	if mode == progressBar {
		opts := []progressbar.Option{
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription(desc),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionThrottle(100 * time.Millisecond),
			progressbar.OptionClearOnFinish(),
		}
		if total < 0 {
			// No spinner goroutine of the library's own: poll below turns it
			// under p.mu, so nothing draws while line clears the bar.
			opts = append(opts, progressbar.OptionSpinnerType(14), progressbar.OptionSetSpinnerChangeInterval(0))
		} else {
			opts = append(opts, progressbar.OptionShowCount(), progressbar.OptionSetPredictTime(true), progressbar.OptionShowIts(), progressbar.OptionSetItsString(unit))
		}
		p.bar = progressbar.NewOptions64(total, opts...)
		if total < 0 { // keep the spinner turning while nothing reports
			bar := p.bar
			p.stopSpin = poll(200*time.Millisecond, func() {
				p.mu.Lock()
				_ = bar.Add(0)
				p.mu.Unlock()
			})
		}
	}
	return p
}

// poll calls f every d until the returned stop is called; stop waits for
// the last call to end (and may be called again).
func poll(d time.Duration, f func()) (stop func()) {
	done, ended := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(ended)
		t := time.NewTicker(d)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				f()
			}
		}
	}()
	var once sync.Once
	return func() { once.Do(func() { close(done) }); <-ended }
}

// set records done units. In lines mode it writes a line when every has
// passed since the last one.
func (p *progress) set(done int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done = done
	if p.total >= 0 && done > p.total { // more work turned up than announced
		p.total = done
		if p.bar != nil {
			p.bar.ChangeMax64(done)
		}
	}
	switch p.mode {
	case progressBar:
		_ = p.bar.Set64(done)
	case progressLines:
		if now := p.now(); p.every > 0 && now.Sub(p.last) >= p.every {
			p.last, p.wrote = now, true
			fmt.Fprintf(p.w, "%s: %s\n", p.desc, p.status(now))
		}
	}
}

// step records done units and, in lines mode, writes msg with the ETA (a
// chunk proven, a stage ended); on a bar msg becomes the description.
func (p *progress) step(done int64, msg string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done = done
	switch p.mode {
	case progressBar:
		p.bar.Describe(fmt.Sprintf("%s: %s", p.desc, msg))
		if p.total >= 0 {
			_ = p.bar.Set64(done)
		}
	case progressLines:
		now := p.now()
		p.last, p.wrote = now, true
		if eta, ok := p.eta(now); ok && done < p.total {
			msg += ", ETA " + eta.String()
		}
		fmt.Fprintf(p.w, "%s: %s\n", p.desc, msg)
	}
}

// line writes msg as a line of its own (on a terminal, above the bar): what
// should stay on the screen, such as a stage's time.
func (p *progress) line(msg string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch p.mode {
	case progressBar:
		_ = p.bar.Clear()
		fmt.Fprintf(p.w, "%s: %s\n", p.desc, msg)
	case progressLines:
		p.last, p.wrote = p.now(), true
		fmt.Fprintf(p.w, "%s: %s\n", p.desc, msg)
	}
}

// finish ends the bar (cleared) and, in lines mode, writes the final count
// when a line was written before (work done before the first periodic line
// leaves no trace). Calling it again does nothing.
func (p *progress) finish() {
	if p.stopSpin != nil {
		p.stopSpin() // before taking mu: the spinner takes it
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.finished {
		return
	}
	p.finished = true
	switch p.mode {
	case progressBar:
		_ = p.bar.Finish()
	case progressLines:
		if p.every > 0 && p.wrote {
			fmt.Fprintf(p.w, "%s: %s\n", p.desc, p.status(p.now()))
		}
	}
}

// status is "DONE/TOTAL UNIT (P%) in ELAPSED, ETA D" (or "DONE UNIT in
// ELAPSED" without a total); the caller holds mu.
func (p *progress) status(now time.Time) string {
	took := now.Sub(p.began).Round(100 * time.Millisecond)
	if p.total < 0 {
		return fmt.Sprintf("%d %s in %s", p.done, p.unit, took)
	}
	s := fmt.Sprintf("%d/%d %s (%.0f%%) in %s", p.done, p.total, p.unit, percent(p.done, p.total), took)
	if eta, ok := p.eta(now); ok && p.done < p.total {
		s += ", ETA " + eta.String()
	}
	return s
}

// eta extrapolates the time left from the rate so far; the caller holds
// mu.
func (p *progress) eta(now time.Time) (time.Duration, bool) {
	if p.total < 0 || p.done <= 0 || p.done > p.total {
		return 0, false
	}
	took := now.Sub(p.began)
	left := time.Duration(float64(took) / float64(p.done) * float64(p.total-p.done))
	if left < 10*time.Second {
		return left.Round(100 * time.Millisecond), true
	}
	return left.Round(time.Second), true
}

func percent(done, total int64) float64 {
	if total <= 0 {
		return 100
	}
	return 100 * float64(done) / float64(total)
}

// drainShowing is agent --once's Drain with its progress: the events
// answered (stored, duplicate or rejected) of the backlog found at the start
// (queued events and unread lines of the files), polled from the agent.
func drainShowing(ctx context.Context, a *agent.Agent, show progressOut) (agent.Summary, error) {
	if show.mode == progressOff {
		return a.Drain(ctx)
	}
	total, err := a.Backlog()
	if err != nil {
		return agent.Summary{}, err
	}
	p := show.start("agent", total, "events answered", 5*time.Second)
	p.step(0, fmt.Sprintf("%d events to forward (queued and unread)", total))
	stop := poll(200*time.Millisecond, func() { p.set(a.Summary().Answered()) })
	sum, err := a.Drain(ctx)
	stop()
	p.set(sum.Answered())
	p.finish()
	return sum, err
}
