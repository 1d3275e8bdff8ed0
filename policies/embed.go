// Package policies holds rwabridge's real disclosure policies, the YAML files
// in this directory, embedded in the binary so the one-command demo and tests
// run without files on disk, and says what a command's --policy names
// (Resolve: a file, or an embedded policy by id) and what a --policies
// directory holds (LoadDir). The schema, loading and hashing live in
// package policy.
package policies

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/rwabridge/rwabridge/policies/policy"
)

// DefaultID is the policy Default returns.
const DefaultID = "battery-swap-daily"

// ErrNotFound is returned by ByID for an id no embedded policy has.
var ErrNotFound = errors.New("no such embedded policy")

//go:embed *.yaml
var files embed.FS

// FS returns the embedded policy files, named <id>.yaml.
func FS() fs.FS { return files }

// All parses every embedded policy and returns them sorted by id.
func All() ([]*policy.Policy, error) {
	names, err := fs.Glob(files, "*.yaml")
	if err != nil {
		return nil, err
	}
	var out []*policy.Policy
	var errs []error
	for _, name := range names {
		p, err := parse(name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, p)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// ByID parses and returns the embedded policy with the given id; an unknown
// id is ErrNotFound.
func ByID(id string) (*policy.Policy, error) {
	names, err := fs.Glob(files, "*.yaml")
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		if strings.TrimSuffix(name, ".yaml") == id {
			return parse(name)
		}
	}
	ids := make([]string, len(names))
	for i, n := range names {
		ids[i] = strings.TrimSuffix(n, ".yaml")
	}
	return nil, fmt.Errorf("%w: %q (embedded: %s)", ErrNotFound, id, strings.Join(ids, ", "))
}

// Default returns the policy the one-command demo uses: battery-swap-daily.
func Default() (*policy.Policy, error) { return ByID(DefaultID) }

// Document returns the YAML document of the embedded policy id, as the
// ledger takes it with a seal; an unknown id is ErrNotFound.
func Document(id string) ([]byte, error) {
	doc, err := fs.ReadFile(files, id+".yaml")
	if err != nil {
		if _, berr := ByID(id); berr != nil {
			err = berr // names the embedded ids
		}
	}
	return doc, err
}

// Resolve reads what a --policy flag names: a policy file, or, when no such
// file exists and ref has no path separator or dot, the embedded policy of
// that id. It returns the policy and its YAML document.
func Resolve(ref string) (*policy.Policy, []byte, error) {
	doc, err := os.ReadFile(ref)
	if errors.Is(err, fs.ErrNotExist) && !strings.ContainsAny(ref, `/\.`) {
		doc, err = Document(ref)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("policy %s: %w", ref, err)
	}
	p, err := policy.Parse(doc)
	if err != nil {
		return nil, nil, fmt.Errorf("policy %s: %w", ref, err)
	}
	return p, doc, nil
}

// LoadDir loads every *.yaml policy in dir; a directory without one is an
// error.
func LoadDir(dir string) ([]*policy.Policy, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%w: no *.yaml policy in %s", ErrNotFound, dir)
	}
	var out []*policy.Policy
	for _, name := range names {
		p, err := policy.Load(name)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

func parse(name string) (*policy.Policy, error) {
	data, err := files.ReadFile(name)
	if err != nil {
		return nil, err
	}
	p, err := policy.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("embedded policy %s: %w", name, err)
	}
	if want := strings.TrimSuffix(name, ".yaml"); p.ID != want {
		return nil, fmt.Errorf("embedded policy %s: %w: id %q differs from its file name; name the file %s.yaml", name, policy.ErrBadID, p.ID, p.ID)
	}
	return p, nil
}
