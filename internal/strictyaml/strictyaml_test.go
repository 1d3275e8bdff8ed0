package strictyaml

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type config struct {
	Name  string `yaml:"name"`
	Count int    `yaml:"count"`
}

func TestDecode(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want error // nil: decodes
		text string
	}{
		{"one document with known keys decodes", "name: a\ncount: 2\n", nil, ""},
		{"an unknown key is an error naming its line", "name: a\ncolour: red\n", nil, "line 2"},
		{"an empty input is ErrEmpty", "", ErrEmpty, ""},
		{"a comment alone is ErrEmpty", "# nothing\n", ErrEmpty, ""},
		{"a second document is ErrMultipleDocuments", "name: a\n---\nname: b\n", ErrMultipleDocuments, ""},
		{"a wrong type is an error", "count: many\n", nil, "cannot unmarshal"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got config
			err := Decode([]byte(c.in), &got)
			switch {
			case c.want != nil:
				if !errors.Is(err, c.want) {
					t.Fatalf("got %v, want %v", err, c.want)
				}
			case c.text != "":
				if err == nil || !strings.Contains(err.Error(), c.text) {
					t.Fatalf("got %v, want an error containing %q", err, c.text)
				}
			default:
				if err != nil || got != (config{Name: "a", Count: 2}) {
					t.Fatalf("got %+v, %v", got, err)
				}
			}
		})
	}
}

func TestDecodeKeepsFieldsTheDocumentDoesNotSet(t *testing.T) {
	got := config{Name: "default", Count: 7}
	if err := Decode([]byte("count: 3\n"), &got); err != nil {
		t.Fatal(err)
	}
	if got != (config{Name: "default", Count: 3}) {
		t.Fatalf("got %+v", got)
	}
}

var errBad = errors.New("bad test config")

func (c *config) Validate() error {
	if c.Count < 0 {
		return fmt.Errorf("%w: count %d: want ≥ 0", errBad, c.Count)
	}
	return nil
}

func TestParse(t *testing.T) {
	def := config{Name: "default", Count: 7}
	t.Run("what the document leaves out keeps its default", func(t *testing.T) {
		got, err := Parse([]byte("count: 3\n"), def, errBad)
		if err != nil || got != (config{Name: "default", Count: 3}) {
			t.Fatalf("got %+v, %v", got, err)
		}
	})
	t.Run("a decoding problem wraps the sentinel", func(t *testing.T) {
		_, err := Parse([]byte("colour: red\n"), def, errBad)
		if !errors.Is(err, errBad) || !strings.Contains(err.Error(), "line 1") {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("a value Validate refuses is an error", func(t *testing.T) {
		_, err := Parse([]byte("count: -1\n"), def, errBad)
		if !errors.Is(err, errBad) || !strings.Contains(err.Error(), "count -1") {
			t.Fatalf("got %v", err)
		}
	})
}

func TestLoad(t *testing.T) {
	parse := func(b []byte) (config, error) { return Parse(b, config{}, errBad) }
	dir := t.TempDir()
	good, bad := filepath.Join(dir, "good.yml"), filepath.Join(dir, "bad.yml")
	if err := os.WriteFile(good, []byte("name: a\ncount: 2\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("count: -1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Run("a good file loads", func(t *testing.T) {
		got, err := Load(good, errBad, parse)
		if err != nil || got != (config{Name: "a", Count: 2}) {
			t.Fatalf("got %+v, %v", got, err)
		}
	})
	t.Run("a parse error names the file", func(t *testing.T) {
		_, err := Load(bad, errBad, parse)
		if !errors.Is(err, errBad) || !strings.HasPrefix(err.Error(), bad+": ") {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("a missing file wraps unreadable and fs.ErrNotExist", func(t *testing.T) {
		unreadable := errors.New("test config")
		_, err := Load(filepath.Join(dir, "nope.yml"), unreadable, parse)
		if !errors.Is(err, unreadable) || !errors.Is(err, fs.ErrNotExist) || !strings.HasPrefix(err.Error(), "test config: open ") {
			t.Fatalf("got %v", err)
		}
	})
}

func TestRelativePathsBecomeRelativeToTheConfigDirectory(t *testing.T) {
	rel, abs, empty := "keys/a.key", "/etc/b.key", ""
	Relative("/srv/conf", &rel, &abs, &empty)
	if rel != "/srv/conf/keys/a.key" || abs != "/etc/b.key" || empty != "" {
		t.Fatalf("got %q, %q, %q", rel, abs, empty)
	}
}
