package deploy_test

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// installedBinary is where deploy/systemd/README.md installs rwabridge and
// so where every unit's ExecStart runs it.
const installedBinary = "/usr/local/bin/rwabridge"

// maxExposure is the highest `systemd-analyze security` exposure a unit may
// have (0 is the most locked down, 10 the least; "OK" ends at 2.9): what the
// units score today, what is left being the network access each role needs
// and the host's root directory.
const maxExposure = 1.1

// unit is a parsed unit file: its name and, per section, each key's values
// in order (a key may repeat).
type unit struct {
	name, path string
	text       string
	sections   map[string]map[string][]string
}

func (u unit) get(section, key string) []string { return u.sections[section][key] }

func (u unit) one(t *testing.T, section, key string) string {
	t.Helper()
	v := u.get(section, key)
	if len(v) != 1 {
		t.Errorf("%s: [%s] %s= set %d times, want once", u.name, section, key, len(v))
		return ""
	}
	return v[0]
}

func parseUnit(t *testing.T, path string) unit {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	u := unit{name: filepath.Base(path), path: path, text: string(data), sections: map[string]map[string][]string{}}
	section := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || line[0] == '#' || line[0] == ';':
		case strings.HasSuffix(line, `\`):
			t.Fatalf("%s:%d: a continued line; keep each setting on one line so this test reads it as systemd does", path, n)
		case line[0] == '[' && line[len(line)-1] == ']':
			section = line[1 : len(line)-1]
			if u.sections[section] == nil {
				u.sections[section] = map[string][]string{}
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok || section == "" {
				t.Fatalf("%s:%d: %q is not KEY=VALUE in a section", path, n, line)
			}
			k = strings.TrimSpace(k)
			u.sections[section][k] = append(u.sections[section][k], strings.TrimSpace(v))
		}
	}
	return u
}

// units are the service units of deploy/systemd.
func units(t *testing.T) []unit {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("systemd", "*.service"))
	if err != nil {
		t.Fatal(err)
	}
	var us []unit
	for _, p := range paths {
		us = append(us, parseUnit(t, p))
	}
	roles := map[string]bool{}
	for _, u := range us {
		if args := execArgs(t, u); len(args) > 1 {
			roles[strings.Join(args[1:2], "")] = true
		}
	}
	for _, r := range []string{"agent", "sealer", "attest", "relay", "investor"} {
		if !roles[r] {
			t.Errorf("no unit in deploy/systemd runs rwabridge %s", r)
		}
	}
	return us
}

// execArgs splits the unit's one ExecStart= line into words. Quoting is
// refused rather than half understood.
func execArgs(t *testing.T, u unit) []string {
	t.Helper()
	line := u.one(t, "Service", "ExecStart")
	if strings.ContainsAny(line, `"'\`) {
		t.Fatalf("%s: ExecStart= uses quoting or escapes this test does not parse: %s", u.name, line)
	}
	return strings.Fields(line)
}

func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s is not installed (scripts/install-test-deps.sh installs systemd): %v", name, err)
	}
	return p
}

// TestTheUnitsVerifyCleanly runs `systemd-analyze verify` on every unit as
// it is in the repository, but for ExecStart's program, which points at the
// freshly built rwabridge (verify checks that it is executable): any line
// it prints (an unknown key, a bad value, a missing program) fails.
func TestTheUnitsVerifyCleanly(t *testing.T) {
	analyze := needTool(t, "systemd-analyze")
	dir := t.TempDir()
	for _, u := range units(t) {
		t.Run(u.name, func(t *testing.T) {
			args := execArgs(t, u)
			if len(args) == 0 || args[0] != installedBinary {
				t.Fatalf("ExecStart= runs %q, want %s (where the README installs it)", args, installedBinary)
			}
			text := strings.Replace(u.text, "ExecStart="+installedBinary+" ", "ExecStart="+binary+" ", 1)
			path := filepath.Join(dir, u.name)
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(analyze, "verify", "--man=no", path).CombinedOutput()
			if err != nil || len(bytes.TrimSpace(out)) > 0 {
				t.Errorf("systemd-analyze verify %s: %v\n%s", u.name, err, out)
			}
		})
	}
}

var exposureLine = regexp.MustCompile(`Overall exposure level for \S+: ([0-9.]+) `)

// TestTheUnitsAreHardened: each unit runs as its own unprivileged user,
// tells systemd when it is ready, restarts on failure (but not on a config
// error) and scores at most maxExposure in `systemd-analyze security`.
func TestTheUnitsAreHardened(t *testing.T) {
	analyze := needTool(t, "systemd-analyze")
	for _, u := range units(t) {
		t.Run(u.name, func(t *testing.T) {
			want := map[string]string{
				"Type": "notify", "NotifyAccess": "main", "Restart": "on-failure", "RestartPreventExitStatus": "2",
				"UMask": "0077", "NoNewPrivileges": "yes", "CapabilityBoundingSet": "", "AmbientCapabilities": "",
				"ProtectSystem": "strict", "ProtectHome": "yes", "PrivateTmp": "yes", "PrivateDevices": "yes",
				"PrivateMounts": "yes", "PrivateUsers": "yes", "PrivateIPC": "yes", "ProtectHostname": "yes",
				"ProtectClock": "yes", "ProtectKernelTunables": "yes", "ProtectKernelModules": "yes",
				"ProtectKernelLogs": "yes", "ProtectControlGroups": "yes", "ProtectProc": "invisible", "ProcSubset": "pid",
				"RestrictAddressFamilies": "AF_UNIX AF_INET AF_INET6", "RestrictNamespaces": "yes", "RestrictRealtime": "yes",
				"RestrictSUIDSGID": "yes", "LockPersonality": "yes", "MemoryDenyWriteExecute": "yes", "RemoveIPC": "yes",
				"KeyringMode": "private", "DevicePolicy": "closed", "SystemCallArchitectures": "native",
				"SystemCallErrorNumber": "EPERM",
			}
			for k, v := range want {
				if got := u.one(t, "Service", k); got != v {
					t.Errorf("%s=%q, want %q", k, got, v)
				}
			}
			if f := u.get("Service", "SystemCallFilter"); !slices.Equal(f, []string{"@system-service", "~@privileged @resources"}) {
				t.Errorf("SystemCallFilter=%q, want @system-service, then ~@privileged @resources", f)
			}
			if len(u.get("Service", "RestartSec")) != 1 {
				t.Error("no RestartSec=")
			}
			user, dynamic := u.get("Service", "User"), u.get("Service", "DynamicUser")
			switch {
			case slices.Equal(dynamic, []string{"yes"}) && len(user) == 0:
			case len(dynamic) == 0 && slices.Equal(user, []string{"rwabridge"}):
			default:
				t.Errorf("User=%q DynamicUser=%q: want User=rwabridge (rwabridge.sysusers) or DynamicUser=yes", user, dynamic)
			}

			out, err := exec.Command(analyze, "security", "--offline=true", u.path).CombinedOutput()
			if err != nil {
				t.Fatalf("systemd-analyze security: %v\n%s", err, out)
			}
			m := exposureLine.FindSubmatch(out)
			if m == nil {
				t.Fatalf("systemd-analyze security printed no overall exposure:\n%s", out)
			}
			score, err := strconv.ParseFloat(string(m[1]), 64)
			if err != nil || score > maxExposure {
				t.Errorf("exposure %s, want at most %.1f:\n%s", m[1], maxExposure, out)
			}
		})
	}
}

// TestTheUnitsUserExists: systemd-sysusers, given rwabridge.sysusers,
// creates the user and group the units run as, with /var/lib/rwabridge (the
// parent of their state directories) as its home.
func TestTheUnitsUserExists(t *testing.T) {
	sysusers := needTool(t, "systemd-sysusers")
	root := t.TempDir()
	if err := os.Mkdir(filepath.Join(root, "etc"), 0o755); err != nil {
		t.Fatal(err)
	}
	conf, err := filepath.Abs(filepath.Join("systemd", "rwabridge.sysusers"))
	if err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(sysusers, "--root="+root, conf).CombinedOutput(); err != nil {
		t.Fatalf("systemd-sysusers %s: %v\n%s", conf, err, out)
	}
	passwd, err := os.ReadFile(filepath.Join(root, "etc", "passwd"))
	if err != nil {
		t.Fatal(err)
	}
	group, err := os.ReadFile(filepath.Join(root, "etc", "group"))
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range units(t) {
		for _, name := range u.get("Service", "User") {
			if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + `:x:\d+:\d+:[^:]*:/var/lib/rwabridge:`).Match(passwd) {
				t.Errorf("%s runs as User=%s, which rwabridge.sysusers does not create with home /var/lib/rwabridge:\n%s", u.name, name, passwd)
			}
		}
		for _, name := range u.get("Service", "Group") {
			if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + `:x:\d+:`).Match(group) {
				t.Errorf("%s runs as Group=%s, which rwabridge.sysusers does not create:\n%s", u.name, name, group)
			}
		}
	}
}

// TestTheUnitsPassOnlyFlagsTheCommandsKnow: each ExecStart names a
// subcommand and flags its --help lists, serves /metrics and /healthz on a
// loopback --metrics port of its own, logs JSON for journald, reads config
// files the repository has samples of, and every ${VAR} it uses is set in
// the environment file sample.
func TestTheUnitsPassOnlyFlagsTheCommandsKnow(t *testing.T) {
	ports := map[string]string{}
	for _, u := range units(t) {
		t.Run(u.name, func(t *testing.T) {
			args := execArgs(t, u)
			p := checkArgs(t, u.name, args[1:])
			if p.flags == nil {
				return
			}
			metrics, ok := p.flags["metrics"]
			if !ok {
				t.Errorf("no --metrics: every long-running command serves /metrics and /healthz")
			} else if host, port, _ := strings.Cut(metrics, ":"); host != "127.0.0.1" || port == "" {
				t.Errorf("--metrics %s: want 127.0.0.1:PORT (scraped locally)", metrics)
			} else if other, dup := ports[port]; dup {
				t.Errorf("--metrics port %s is also %s's", port, other)
			} else {
				ports[port] = u.name
			}
			if f := p.flags["log-format"]; f != "json" {
				t.Errorf("--log-format %q, want json (journald keeps the fields)", f)
			}
			for _, v := range p.flags {
				checkEtcPath(t, u, v)
			}
			checkEnvironment(t, u, args)
		})
	}
}

// checkEtcPath: a path under /etc/rwabridge a unit names is one the README
// copies from deploy/config or deploy/systemd (%i, a template's instance,
// may be any of the matching samples, but at least one).
func checkEtcPath(t *testing.T, u unit, path string) {
	t.Helper()
	rest, ok := strings.CutPrefix(path, "/etc/rwabridge/")
	if !ok {
		return
	}
	pattern := strings.ReplaceAll(rest, "%i", "*")
	var found []string
	for _, dir := range []string{"config", "systemd"} {
		m, err := filepath.Glob(filepath.Join(dir, pattern))
		if err != nil {
			t.Fatal(err)
		}
		found = append(found, m...)
	}
	if len(found) == 0 {
		t.Errorf("%s names %s, but neither deploy/config nor deploy/systemd has a sample %s", u.name, path, pattern)
	}
}

var envRef = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)`)

// checkEnvironment: every variable ExecStart uses is written ${VAR} (one
// word, never split) and set by the EnvironmentFile's sample in
// deploy/systemd, which sets nothing the unit does not use.
func checkEnvironment(t *testing.T, u unit, args []string) {
	t.Helper()
	used := map[string]bool{}
	for _, a := range args {
		for _, m := range envRef.FindAllStringSubmatch(a, -1) {
			if m[2] != "" {
				t.Errorf("%s: $%s is split on spaces by systemd; write ${%s}", u.name, m[2], m[2])
			}
			used[m[1]+m[2]] = true
		}
	}
	files := u.get("Service", "EnvironmentFile")
	if len(used) > 0 && len(files) == 0 {
		t.Errorf("%s uses %v but has no EnvironmentFile=", u.name, used)
	}
	set := map[string]bool{}
	for _, f := range files {
		sample := filepath.Join("systemd", filepath.Base(strings.TrimPrefix(f, "-")))
		data, err := os.ReadFile(sample)
		if err != nil {
			t.Errorf("%s: EnvironmentFile=%s has no sample: %v", u.name, f, err)
			continue
		}
		for n, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			k, v, ok := strings.Cut(line, "=")
			if !ok || v == "" {
				t.Errorf("%s:%d: %q: want VAR=value", sample, n+1, line)
			}
			set[k] = true
		}
	}
	for v := range used {
		if !set[v] {
			t.Errorf("%s uses ${%s}, which its EnvironmentFile sample does not set", u.name, v)
		}
	}
	for v := range set {
		if !used[v] {
			t.Errorf("the EnvironmentFile of %s sets %s, which the unit does not use", u.name, v)
		}
	}
}
