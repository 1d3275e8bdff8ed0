package strictyaml

import (
	"errors"
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
