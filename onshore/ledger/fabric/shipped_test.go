package fabric_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// The configuration the ingest measurements call for (issue #16), as
// shipped: the members of the records collection hold its data because they
// endorse every write to it, so the collection disseminates nothing
// (maxPeerCount 0, requiredPeerCount 0), and every client config names
// exactly those members as its endorsing orgs, so the gateway endorses on
// both in parallel instead of one after the other.

const deployDir = "../../../deploy"

// recordsMembers reads deploy/fabric/collections_config.json, checks its
// records collection disseminates nothing, and returns the MSP ids of its
// policy, sorted.
func recordsMembers(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(deployDir, "fabric", "collections_config.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cols []struct {
		Name              string `json:"name"`
		Policy            string `json:"policy"`
		RequiredPeerCount *int   `json:"requiredPeerCount"`
		MaxPeerCount      *int   `json:"maxPeerCount"`
		MemberOnlyRead    bool   `json:"memberOnlyRead"`
		MemberOnlyWrite   bool   `json:"memberOnlyWrite"`
	}
	if err := json.Unmarshal(data, &cols); err != nil {
		t.Fatal(err)
	}
	if len(cols) != 1 || cols[0].Name != "records" {
		t.Fatalf("collections_config.json: want exactly the collection records, got %+v", cols)
	}
	c := cols[0]
	if c.MaxPeerCount == nil || *c.MaxPeerCount != 0 {
		t.Errorf("records: maxPeerCount %s, want 0 (the member orgs endorse every write, so they hold the data without dissemination)", count(c.MaxPeerCount))
	}
	if c.RequiredPeerCount == nil || *c.RequiredPeerCount != 0 {
		t.Errorf("records: requiredPeerCount %s, want 0 (it can not exceed maxPeerCount)", count(c.RequiredPeerCount))
	}
	if !c.MemberOnlyRead || !c.MemberOnlyWrite {
		t.Errorf("records: memberOnlyRead %v, memberOnlyWrite %v; want both", c.MemberOnlyRead, c.MemberOnlyWrite)
	}
	var members []string
	for _, m := range regexp.MustCompile(`'([A-Za-z0-9]+)\.member'`).FindAllStringSubmatch(c.Policy, -1) {
		members = append(members, m[1])
	}
	if !strings.HasPrefix(c.Policy, "OR(") || len(members) < 2 {
		t.Fatalf("records: policy %q; want OR of at least two orgs' members", c.Policy)
	}
	slices.Sort(members)
	return members
}

func count(p *int) string {
	if p == nil {
		return "absent"
	}
	return strconv.Itoa(*p)
}

// checkEndorsers parses a --ledger-config file and requires its endorsing
// orgs to be the collection's members.
func checkEndorsers(t *testing.T, path string, members []string) {
	t.Helper()
	cfg := loadClientConfig(t, path)
	got := slices.Clone(cfg.EndorsingOrgs)
	slices.Sort(got)
	if !slices.Equal(got, members) {
		t.Errorf("%s: endorsing_orgs %v, want the records collection's members %v (parallel endorsement)", path, cfg.EndorsingOrgs, members)
	}
}

func TestShippedConfigDisseminatesNothingAndEndorsesInParallel(t *testing.T) {
	members := recordsMembers(t)
	if !slices.Equal(members, []string{"AuditorMSP", "OperatorMSP"}) {
		t.Errorf("records collection members %v, want AuditorMSP and OperatorMSP", members)
	}

	t.Run("example ledger configs", func(t *testing.T) {
		files, err := filepath.Glob(filepath.Join(deployDir, "config", "*-ledger.yaml"))
		if err != nil || len(files) != 3 {
			t.Fatalf("deploy/config/*-ledger.yaml: %v %v; want one per org", files, err)
		}
		for _, f := range files {
			checkEndorsers(t, f, members)
		}
	})

	t.Run("the cluster's config map", func(t *testing.T) {
		data, err := os.ReadFile(filepath.Join(deployDir, "k8s", "10-config.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		dec := yaml.NewDecoder(strings.NewReader(string(data)))
		n := 0
		for {
			var doc struct {
				Kind string            `yaml:"kind"`
				Data map[string]string `yaml:"data"`
			}
			if err := dec.Decode(&doc); err != nil {
				break
			}
			for name, v := range doc.Data {
				if !strings.Contains(v, "backend: fabric") {
					continue
				}
				n++
				f := filepath.Join(t.TempDir(), name)
				if err := os.WriteFile(f, []byte(v), 0o600); err != nil {
					t.Fatal(err)
				}
				checkEndorsers(t, f, members)
			}
		}
		if n == 0 {
			t.Fatal("no Fabric ledger config in deploy/k8s/10-config.yaml")
		}
	})

	t.Run("the client configs network.sh writes", func(t *testing.T) {
		script, err := os.ReadFile(filepath.Join(deployDir, "fabric", "network.sh"))
		if err != nil {
			t.Fatal(err)
		}
		// The script's own MSP table and write_client_config, run as they are.
		fn := regexp.MustCompile(`(?ms)^declare -A MSP=.*?$|^write_client_config\(\) \{.*?^\}$`).FindAllString(string(script), -1)
		if len(fn) != 2 {
			t.Fatalf("network.sh: found %d of the MSP table and write_client_config", len(fn))
		}
		net := t.TempDir()
		for _, org := range []string{"operator", "auditor", "custodian"} {
			cmd := exec.Command("bash", "-c", strings.Join(fn, "\n")+"\nwrite_client_config "+org)
			cmd.Env = append(os.Environ(), "NET="+net, "CHANNEL=rwabridge", "PEER_"+strings.ToUpper(org)+"_PORT=7051")
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("write_client_config %s: %v\n%s", org, err, out)
			}
			checkEndorsers(t, filepath.Join(net, "clients", org+".yaml"), members)
		}
	})
}
