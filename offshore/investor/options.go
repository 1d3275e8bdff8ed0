package investor

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"unicode"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/text/currency"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/internal/strictyaml"
)

// Errors of the view's presentation options (Config.SignerNames,
// Config.Currency, Config.Explorer).
var (
	// ErrSignerNames: a signer-names file that does not name committee
	// members one way: a YAML mapping of distinct addresses to org names.
	ErrSignerNames = errors.New("bad signer names")
	// ErrCurrency: not an ISO 4217 currency code.
	ErrCurrency = errors.New("bad currency")
	// ErrExplorer: not an http(s) URL template with {value}.
	ErrExplorer = errors.New("bad explorer URL template")
	// ErrVKCeremony: a verifying key said to be a ceremony's
	// (Config.VKInsecure false) without the ceremony's description
	// (Config.VKCeremony), or a development key with one.
	ErrVKCeremony = errors.New("verifying key's ceremony description does not fit its kind")
)

// ParseSignerNames decodes a signer-names document: a YAML mapping of
// committee member addresses to the names of the orgs they sign for,
//
//	0x70997970C51812dc3A010C7d01b50e0d17dc79C8: OperatorMSP
//	0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC: AuditorMSP
//
// decoded strictly (internal/strictyaml). An address that is not 0x and 40
// hex digits, one given twice (in any case), an empty name or one with
// control characters is an ErrSignerNames.
func ParseSignerNames(data []byte) (map[common.Address]string, error) {
	var doc map[string]string
	if err := strictyaml.Decode(data, &doc); err != nil {
		return nil, fmt.Errorf("%w: %w (want a mapping of addresses to org names, e.g. \"0x70997970C51812dc3A010C7d01b50e0d17dc79C8: OperatorMSP\")", ErrSignerNames, err)
	}
	out := make(map[common.Address]string, len(doc))
	given := map[common.Address]string{}
	for k, name := range doc {
		if !common.IsHexAddress(k) || !strings.HasPrefix(k, "0x") {
			return nil, fmt.Errorf("%w: %q is not an address (0x followed by 40 hex digits)", ErrSignerNames, k)
		}
		a := common.HexToAddress(k)
		if prev, dup := given[a]; dup {
			return nil, fmt.Errorf("%w: address %s is given twice (%q and %q)", ErrSignerNames, a.Hex(), prev, k)
		}
		given[a] = k
		if err := checkName(name); err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrSignerNames, a.Hex(), err)
		}
		out[a] = name
	}
	return out, nil
}

// LoadSignerNames reads and parses the signer-names file at path
// (ParseSignerNames); its errors name the file.
func LoadSignerNames(path string) (map[common.Address]string, error) {
	return strictyaml.Load(path, ErrSignerNames, ParseSignerNames)
}

func checkName(name string) error {
	switch {
	case name == "":
		return errors.New("empty name")
	case strings.TrimSpace(name) != name:
		return fmt.Errorf("name %q has leading or trailing spaces", name)
	case len(name) > 64:
		return fmt.Errorf("name %.20q… is longer than 64 bytes", name)
	case strings.ContainsAny(name, "()"):
		return fmt.Errorf("name %q has parentheses (they enclose the address where it is shown)", name)
	}
	for _, r := range name {
		if !unicode.IsPrint(r) {
			return fmt.Errorf("name %q has a control character", name)
		}
	}
	return nil
}

var currencyCode = regexp.MustCompile(`^[A-Z]{3}$`)

// CheckCurrency checks that code is an ISO 4217 currency code in capitals
// (EUR, USD, CNY). "" is allowed: the currency is not known.
func CheckCurrency(code string) error {
	if code == "" {
		return nil
	}
	if !currencyCode.MatchString(code) {
		return fmt.Errorf("%w: %q: give an ISO 4217 code of three capital letters, e.g. EUR", ErrCurrency, code)
	}
	if _, err := currency.ParseISO(code); err != nil {
		return fmt.Errorf("%w: %q is not an ISO 4217 currency code", ErrCurrency, code)
	}
	return nil
}

var placeholder = regexp.MustCompile(`\{[^}]*\}`)

// CheckExplorer checks a block explorer's URL template: an http or https
// URL holding {value} (a transaction hash, an address or a block number)
// and optionally {kind} (tx, address or block), e.g.
// "https://sepolia.basescan.org/{kind}/{value}". "" is allowed: no links.
func CheckExplorer(template string) error {
	if template == "" {
		return nil
	}
	if !strings.Contains(template, "{value}") {
		return fmt.Errorf("%w: %q has no {value} (where the hash, address or block number goes), e.g. https://sepolia.basescan.org/{kind}/{value}", ErrExplorer, template)
	}
	for _, p := range placeholder.FindAllString(template, -1) {
		if p != "{value}" && p != "{kind}" {
			return fmt.Errorf("%w: %q: unknown placeholder %s (only {kind} and {value})", ErrExplorer, template, p)
		}
	}
	u, err := url.Parse(ExplorerLink(template, "tx", "0x00"))
	switch {
	case err != nil:
		return fmt.Errorf("%w: %q: %w", ErrExplorer, template, err)
	case u.Scheme != "http" && u.Scheme != "https" || u.Host == "":
		return fmt.Errorf("%w: %q is not an http(s) URL with a host", ErrExplorer, template)
	case u.User != nil:
		return fmt.Errorf("%w: %q carries credentials", ErrExplorer, template)
	}
	return nil
}

// Explorer link kinds ({kind} of Config.Explorer).
const (
	LinkTx      = "tx"
	LinkAddress = "address"
	LinkBlock   = "block"
)

// ExplorerLink fills in a (checked) explorer template; "" without one.
func ExplorerLink(template, kind, value string) string {
	if template == "" {
		return ""
	}
	return strings.NewReplacer("{kind}", url.PathEscape(kind), "{value}", url.PathEscape(value)).Replace(template)
}

// check validates the presentation options of a Config.
func (c *Config) check() error {
	if c.VK != nil && c.VKInsecure != (c.VKCeremony == nil) {
		return fmt.Errorf("%w: insecure %t, ceremony description %t (give the key set's Metadata.Ceremony exactly when it is of kind %s)", ErrVKCeremony, c.VKInsecure, c.VKCeremony != nil, keys.KindCeremony)
	}
	if err := CheckCurrency(c.Currency); err != nil {
		return err
	}
	if err := CheckExplorer(c.Explorer); err != nil {
		return err
	}
	for a, name := range c.SignerNames {
		if err := checkName(name); err != nil {
			return fmt.Errorf("%w: %s: %w", ErrSignerNames, a.Hex(), err)
		}
	}
	return nil
}

// member names the committee member at a.
func (c *Config) member(a common.Address) Member {
	return Member{Address: a.Hex(), Name: c.SignerNames[a]}
}
