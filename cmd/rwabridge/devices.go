package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"

	"github.com/rwabridge/rwabridge/internal/atomicfile"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

func init() { register(newDevicesCmd) }

// devicesNote is said by every devices command's help.
const devicesNote = `A cabinet keeps its id for life; its key may change. The ledger's device
registry holds each cabinet's key history: the key registered with it, valid
from its registration, then each rotated-in key, valid from its rotation until
the next one or the cabinet's revocation. An event is checked against the key
valid at the event's time — by the agent, the ledger and the auditor — so events
signed before a rotation stay valid, and the old key signs nothing dated after
it. Rotation and revocation are ledger transactions that need an admin of the
operator org; on Fabric the chaincode's endorsement policy governs them as it
governs registration.

A key change may not be back-dated: it must be later than the current key's
start, than every event of the cabinet the ledger holds, and than the end of
its pool's last sealed epoch (refused: "key change back-dated"); it may be at
most the ledger's clock-skew window in the future. A rotated-in key must be new
to the whole registry ("public key already used"), and a revoked cabinet is
never re-keyed: register its replacement under a new id.

Keys are written as standard base64 (as in devices.yaml), times as RFC 3339 UTC.`

func newDevicesCmd() *cobra.Command {
	return groupCmd(&cobra.Command{
		Use:   "devices",
		Short: "List the ledger's device registry with each cabinet's key history; rotate or revoke a cabinet's key",
		Long: `devices works on the onshore ledger's device registry.

` + devicesNote,
		Example: `  rwabridge devices list --data /tmp/rwa
  rwabridge devices rotate --data /tmp/rwa --cabinet 7 --public-key 0Hk3j0X5nAPjY2bHXqPZ0fB5V3X9vM2bYwWmQwqGgZQ= --devices /tmp/fleet/devices.yaml
  rwabridge devices revoke --data /tmp/rwa --cabinet 7 --at 2026-11-02T06:00:00Z`,
	}, "list, rotate or revoke", newDevicesListCmd(), newDevicesRotateCmd(), newDevicesRevokeCmd())
}

// deviceKeyJSON is one key of a cabinet's history in `devices list --json`.
type deviceKeyJSON struct {
	PublicKey string  `json:"public_key"` // standard base64
	From      string  `json:"from"`       // RFC 3339 UTC
	Until     *string `json:"until"`      // null while current
	Status    string  `json:"status"`     // "current", "retired" (rotated out) or "revoked"
}

// deviceJSON is one cabinet in `devices list --json`.
type deviceJSON struct {
	Cabinet      uint32          `json:"cabinet"`
	Pool         string          `json:"pool"`
	RegisteredAt string          `json:"registered_at"`
	RevokedAt    *string         `json:"revoked_at"`
	Keys         []deviceKeyJSON `json:"keys"`
}

// devicesJSON is `devices list --json`.
type devicesJSON struct {
	Registry string       `json:"registry"`
	Devices  []deviceJSON `json:"devices"`
}

func deviceView(d telemetry.Device) deviceJSON {
	v := deviceJSON{Cabinet: d.Cabinet, Pool: string(d.Pool), RegisteredAt: telemetry.FormatTime(d.RegisteredAt), Keys: []deviceKeyJSON{}}
	if d.RevokedAt != nil {
		s := telemetry.FormatTime(*d.RevokedAt)
		v.RevokedAt = &s
	}
	keys := d.Keys()
	for i, k := range keys {
		kv := deviceKeyJSON{PublicKey: telemetry.EncodeKey(k.PublicKey), From: telemetry.FormatTime(k.From), Status: "current"}
		if k.Until != nil {
			s := telemetry.FormatTime(*k.Until)
			kv.Until = &s
			kv.Status = "retired"
			if i == len(keys)-1 {
				kv.Status = "revoked"
			}
		}
		v.Keys = append(v.Keys, kv)
	}
	return v
}

// printDevices prints devices as a table for people: a line per key.
func printDevices(w io.Writer, devices []deviceJSON) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CABINET\tPOOL\tKEY\tVALID FROM\tUNTIL\tSTATUS")
	for _, d := range devices {
		for i, k := range d.Keys {
			cab, pool := fmt.Sprint(d.Cabinet), d.Pool
			if i > 0 {
				cab, pool = "", ""
			}
			until := "-"
			if k.Until != nil {
				until = *k.Until
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", cab, pool, k.PublicKey, k.From, until, k.Status)
		}
	}
	tw.Flush()
}

func newDevicesListCmd() *cobra.Command {
	var (
		dataDir  string
		pools    []string
		cabinets []uint32
		asJSON   bool
	)
	cmd := &cobra.Command{
		Use:   "list --data DIR [--pool P]... [--cabinet N]... [--json]",
		Short: "Print the ledger's device registry: each cabinet's keys with their validity intervals",
		Long: `list prints the ledger's device registry, ordered by cabinet: one line per key
of each cabinet's history, with the interval it is valid in — [VALID FROM, UNTIL)
— and its status: current, retired (rotated out) or revoked.

--pool and --cabinet (each repeatable: any of them) narrow the list; a pool or
cabinet the registry does not hold is an error (exit 2). --json prints
{"registry", "devices": [{cabinet, pool, registered_at, revoked_at, keys:
[{public_key, from, until, status}]}]}.

` + devicesNote + `

` + ledgerConfigHelp,
		Example: `  rwabridge devices list --data /tmp/rwa
  rwabridge devices list --data /tmp/rwa --cabinet 7 --json | jq '.devices[0].keys'
  rwabridge devices list --ledger-config deploy/fabric/.network/clients/operator.yaml --pool shenzhen-north`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			only, err := checkPoolIDs(pools)
			if err != nil {
				return err
			}
			conn, err := openLedger(cmd, dataDir)
			if err != nil {
				return err
			}
			defer conn.Close()
			ctx := cmd.Context()
			if len(only) > 0 {
				if only, err = knownPools(ctx, conn.Client, only); err != nil {
					return err
				}
			}
			reg, err := conn.Client.Registry(ctx)
			if err != nil {
				return exitCode(1, fmt.Errorf("reading the ledger's device registry: %w", err))
			}
			all := reg.Devices()
			for _, c := range cabinets {
				if _, ok := reg.Device(c); !ok {
					return exitCode(2, fmt.Errorf("--cabinet %d: the ledger's registry has no such cabinet", c))
				}
			}
			out := devicesJSON{Registry: reg.ID, Devices: []deviceJSON{}}
			for _, d := range all {
				if (len(only) > 0 && !slices.Contains(only, d.Pool)) || (len(cabinets) > 0 && !slices.Contains(cabinets, d.Cabinet)) {
					continue
				}
				out.Devices = append(out.Devices, deviceView(d))
			}
			w := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				return enc.Encode(out)
			}
			if reg.ID == "" {
				fmt.Fprintln(w, "no devices registered (the agent registers its --devices file on start)")
				return nil
			}
			fmt.Fprintf(w, "registry %q: %d device(s)\n", reg.ID, len(out.Devices))
			printDevices(w, out.Devices)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dataDir, "data", "", "data directory; the embedded ledger is DIR/ledger")
	f.String("ledger-config", "", "ledger back end (YAML: backend embedded|fabric) instead of DIR/ledger")
	f.StringArrayVar(&pools, "pool", nil, "only this pool (repeatable)")
	f.Var(newCabinetList(&cabinets), "cabinet", "only this cabinet (repeatable)")
	f.BoolVar(&asJSON, "json", false, "print the registry as JSON")
	return cmd
}

// cabinetList is a repeatable --cabinet flag of uint32 ids.
type cabinetList struct{ ids *[]uint32 }

func newCabinetList(ids *[]uint32) *cabinetList { return &cabinetList{ids: ids} }

func (c *cabinetList) String() string {
	if c.ids == nil {
		return ""
	}
	s := make([]string, len(*c.ids))
	for i, id := range *c.ids {
		s[i] = fmt.Sprint(id)
	}
	return strings.Join(s, ",")
}

func (c *cabinetList) Set(v string) error {
	id, err := parseCabinet(v)
	if err != nil {
		return err
	}
	*c.ids = append(*c.ids, id)
	return nil
}

func (c *cabinetList) Type() string { return "N" }

// parseCabinet reads a cabinet id: a decimal uint32.
func parseCabinet(v string) (uint32, error) {
	var id uint32
	if _, err := fmt.Sscan(v, &id); err != nil || fmt.Sprint(id) != v {
		return 0, fmt.Errorf("%q is not a cabinet id (a whole number 0 to 4294967295)", v)
	}
	return id, nil
}

// keyChangeFlags are the flags rotate and revoke share.
type keyChangeFlags struct {
	dataDir string
	cabinet string
	at      string
	devices string
}

func (k *keyChangeFlags) add(cmd *cobra.Command, what string) {
	f := cmd.Flags()
	f.StringVar(&k.dataDir, "data", "", "data directory; the embedded ledger is DIR/ledger")
	f.String("ledger-config", "", "ledger back end (YAML: backend embedded|fabric) instead of DIR/ledger")
	f.StringVar(&k.cabinet, "cabinet", "", "the cabinet id (required)")
	f.StringVar(&k.at, "at", "", "when the "+what+" takes effect, RFC 3339 (default: now)")
	f.StringVar(&k.devices, "devices", "", "also record the "+what+" in this devices.yaml (the agent's), once the ledger accepted it")
}

// parse checks the shared flags (exit 2) and returns the cabinet and the
// time; now is used when --at is not given.
func (k *keyChangeFlags) parse(cmd *cobra.Command, now time.Time) (uint32, time.Time, error) {
	if k.cabinet == "" {
		return 0, time.Time{}, exitCode(2, fmt.Errorf("--cabinet is required (see %s --help)", cmd.CommandPath()))
	}
	cabinet, err := parseCabinet(k.cabinet)
	if err != nil {
		return 0, time.Time{}, exitCode(2, fmt.Errorf("--cabinet: %w", err))
	}
	at := now.UTC().Truncate(time.Second)
	if k.at != "" {
		if at, err = time.Parse(time.RFC3339, k.at); err != nil {
			return 0, time.Time{}, exitCode(2, fmt.Errorf("--at %q: give an RFC 3339 time such as %s", k.at, telemetry.FormatTime(now)))
		}
		if at.Nanosecond() != 0 {
			return 0, time.Time{}, exitCode(2, fmt.Errorf("--at %q: give whole seconds: event times are whole seconds", k.at))
		}
		at = at.UTC()
	}
	if k.devices != "" {
		if _, err := telemetry.LoadRegistry(k.devices); err != nil {
			return 0, time.Time{}, exitCode(2, fmt.Errorf("--devices: %w", err))
		}
	}
	return cabinet, at, nil
}

// keyChangeExit gives a refused key change its exit code (1: the ledger
// said no) and says what to do.
func keyChangeExit(what string, cabinet uint32, err error) error {
	hint := ""
	switch {
	case errors.Is(err, ledger.ErrBackdated):
		hint = " (rwabridge devices list shows the cabinet's current key, rwabridge ledger show the sealed epochs)"
	case errors.Is(err, ledger.ErrKeyInUse):
		hint = " (every key is used by one cabinet, once: give the cabinet's new key)"
	case errors.Is(err, ledger.ErrNotFound):
		hint = " (see rwabridge devices list)"
	case errors.Is(err, ledger.ErrNotAuthorized):
		hint = " (key changes need an admin of the operator org)"
	}
	return exitCode(1, fmt.Errorf("%s of cabinet %d refused by the ledger: %w%s", what, cabinet, err, hint))
}

// recordInFile applies change to the devices.yaml at path and writes it
// back atomically, keeping its mode. The file must be the ledger's
// registry. A change the file holds already is not applied twice.
func recordInFile(path, registry string, change func(*telemetry.Registry) error) error {
	reg, err := telemetry.LoadRegistry(path)
	if err != nil {
		return err
	}
	if reg.ID != registry {
		return fmt.Errorf("%s is registry %q, the ledger's is %q: not changed", path, reg.ID, registry)
	}
	if err := change(reg); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(reg); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	return atomicfile.WriteFile(path, buf.Bytes(), fi.Mode().Perm())
}

func newDevicesRotateCmd() *cobra.Command {
	var (
		k      keyChangeFlags
		pubKey string
	)
	cmd := &cobra.Command{
		Use:   "rotate --data DIR --cabinet N --public-key KEY [--at TIME] [--devices FILE]",
		Short: "Replace a cabinet's key from a time on, keeping its id and history",
		Long: `rotate records on the ledger that --public-key (the cabinet's new ed25519 public
key, standard base64 — as its secure element reports it) signs the cabinet's
events dated --at or later; events dated earlier stay valid under the old key,
and the old key signs nothing dated --at or later. --at defaults to now.

With --devices, the same rotation is written into that devices.yaml
(atomically, once the ledger accepted it), so the agent that reads it checks
events at the edge against the new key too: restart it afterwards. Repeating a
rotation the ledger (or the file) holds already changes nothing.

Exit codes: 0 rotated, 1 refused by the ledger (or it could not be reached),
2 usage or configuration errors.

` + devicesNote + `

` + ledgerConfigHelp,
		Example: `  rwabridge devices rotate --data /tmp/rwa --cabinet 7 --public-key 0Hk3j0X5nAPjY2bHXqPZ0fB5V3X9vM2bYwWmQwqGgZQ= \
    --at 2026-11-02T06:00:00Z --devices /tmp/fleet/devices.yaml
  rwabridge devices rotate --ledger-config deploy/fabric/.network/clients/operator.yaml --cabinet 7 --public-key 0Hk3j0X5nAPjY2bHXqPZ0fB5V3X9vM2bYwWmQwqGgZQ=`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cabinet, at, err := k.parse(cmd, time.Now())
			if err != nil {
				return err
			}
			if pubKey == "" {
				return exitCode(2, fmt.Errorf("--public-key is required: the cabinet's new ed25519 public key, standard base64 (see %s --help)", cmd.CommandPath()))
			}
			key, err := telemetry.DecodeKey(pubKey)
			if err != nil {
				return exitCode(2, fmt.Errorf("--public-key: %w", err))
			}
			conn, err := openLedger(cmd, k.dataDir)
			if err != nil {
				return err
			}
			defer conn.Close()
			ctx := cmd.Context()
			entry, err := conn.Client.RotateDeviceKey(ctx, cabinet, key, at)
			if err != nil {
				return keyChangeExit("rotation", cabinet, err)
			}
			reg, err := conn.Client.Registry(ctx)
			if err != nil {
				return exitCode(1, fmt.Errorf("the rotation is recorded; reading the registry back: %w", err))
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "cabinet %d: key %s signs its events from %s on\n", cabinet, telemetry.EncodeKey(key), telemetry.FormatTime(at))
			printDevices(w, []deviceJSON{deviceView(entry.Device())})
			if k.devices == "" {
				return nil
			}
			err = recordInFile(k.devices, reg.ID, func(r *telemetry.Registry) error {
				if d, ok := r.Device(cabinet); ok && len(d.Rotations) > 0 {
					last := d.Rotations[len(d.Rotations)-1]
					if last.At.Equal(at) && last.PublicKey.Equal(key) {
						return nil
					}
				}
				return r.Rotate(cabinet, key, at)
			})
			if err != nil {
				return exitCode(1, fmt.Errorf("the ledger holds the rotation, but --devices was not updated: %w", err))
			}
			fmt.Fprintf(w, "recorded in %s: restart the agent that reads it\n", k.devices)
			return nil
		},
	}
	k.add(cmd, "rotation")
	cmd.Flags().StringVar(&pubKey, "public-key", "", "the cabinet's new ed25519 public key, standard base64 (required)")
	return cmd
}

func newDevicesRevokeCmd() *cobra.Command {
	var k keyChangeFlags
	cmd := &cobra.Command{
		Use:   "revoke --data DIR --cabinet N [--at TIME] [--devices FILE]",
		Short: "Revoke a cabinet from a time on: its events dated then or later are rejected",
		Long: `revoke records on the ledger that the cabinet's key is revoked from --at on
(default now): the agent, the ledger and the auditor reject its events dated
--at or later; earlier events stay valid. A revocation is final: a revoked
cabinet is never re-keyed (register its replacement under a new id). Revoking
again at the same time changes nothing; at another time is refused.

With --devices, the revocation is also written into that devices.yaml
(atomically, once the ledger accepted it): restart the agent that reads it.

Exit codes: 0 revoked, 1 refused by the ledger (or it could not be reached),
2 usage or configuration errors.

` + devicesNote + `

` + ledgerConfigHelp,
		Example: `  rwabridge devices revoke --data /tmp/rwa --cabinet 7
  rwabridge devices revoke --data /tmp/rwa --cabinet 7 --at 2026-11-02T06:00:00Z --devices /tmp/fleet/devices.yaml`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cabinet, at, err := k.parse(cmd, time.Now())
			if err != nil {
				return err
			}
			conn, err := openLedger(cmd, k.dataDir)
			if err != nil {
				return err
			}
			defer conn.Close()
			ctx := cmd.Context()
			if err := conn.Client.RevokeDevice(ctx, cabinet, at); err != nil {
				return keyChangeExit("revocation", cabinet, err)
			}
			reg, err := conn.Client.Registry(ctx)
			if err != nil {
				return exitCode(1, fmt.Errorf("the revocation is recorded; reading the registry back: %w", err))
			}
			d, _ := reg.Device(cabinet)
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "cabinet %d: revoked from %s on\n", cabinet, telemetry.FormatTime(at))
			printDevices(w, []deviceJSON{deviceView(d)})
			if k.devices == "" {
				return nil
			}
			if err := recordInFile(k.devices, reg.ID, func(r *telemetry.Registry) error { return r.Revoke(cabinet, at) }); err != nil {
				return exitCode(1, fmt.Errorf("the ledger holds the revocation, but --devices was not updated: %w", err))
			}
			fmt.Fprintf(w, "recorded in %s: restart the agent that reads it\n", k.devices)
			return nil
		},
	}
	k.add(cmd, "revocation")
	return cmd
}
