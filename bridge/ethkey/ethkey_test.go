package ethkey_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/rwabridge/rwabridge/bridge/ethkey"
)

func TestKeysLoadFromHexOrKeystoreFilesOnlyTheOwnerCanRead(t *testing.T) {
	dir := t.TempDir()
	k, _ := crypto.GenerateKey()
	hexFile := filepath.Join(dir, "k.hex")
	if err := ethkey.WriteHex(hexFile, k); err != nil {
		t.Fatal(err)
	}
	ks, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(k.PublicKey), PrivateKey: k}, "s3cret",
		keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ksFile, pwFile := filepath.Join(dir, "k.json"), filepath.Join(dir, "pw")
	os.WriteFile(ksFile, ks, 0o600)
	os.WriteFile(pwFile, []byte("s3cret\n"), 0o600)
	wrongPw := filepath.Join(dir, "wrong")
	os.WriteFile(wrongPw, []byte("nope"), 0o600)
	loose := filepath.Join(dir, "loose.hex")
	ethkey.WriteHex(loose, k)
	os.Chmod(loose, 0o644)
	loosePw := filepath.Join(dir, "loose-pw")
	os.WriteFile(loosePw, []byte("s3cret"), 0o640)

	tests := []struct {
		name string
		src  ethkey.Source
		want error
	}{
		{"a 0600 hex file loads", ethkey.Source{File: hexFile}, nil},
		{"a keystore with its password loads", ethkey.Source{File: ksFile, PasswordFile: pwFile}, nil},
		{"a world-readable hex file is refused", ethkey.Source{File: loose}, ethkey.ErrPermissions},
		{"a group-readable password file is refused", ethkey.Source{File: ksFile, PasswordFile: loosePw}, ethkey.ErrPermissions},
		{"a keystore without a password file is refused", ethkey.Source{File: ksFile}, ethkey.ErrKey},
		{"a wrong password is refused", ethkey.Source{File: ksFile, PasswordFile: wrongPw}, ethkey.ErrKey},
		{"a hex file with a password file is refused", ethkey.Source{File: hexFile, PasswordFile: pwFile}, ethkey.ErrKey},
		{"a missing file is refused", ethkey.Source{File: filepath.Join(dir, "none")}, ethkey.ErrKey},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ethkey.Load(tt.src)
			if tt.want != nil {
				if !errors.Is(err, tt.want) {
					t.Fatalf("error %v, want %v", err, tt.want)
				}
				return
			}
			if err != nil || ethkey.Address(got) != ethkey.Address(k) {
				t.Fatalf("loaded %v, %v", got, err)
			}
		})
	}
}

func TestLoadOrCreateMakesAKeyOnceAndNeverReplacesOne(t *testing.T) {
	path := filepath.Join(t.TempDir(), "admin.key")
	k, made, err := ethkey.LoadOrCreate(path)
	if err != nil || !made {
		t.Fatalf("first use: made %t, %v", made, err)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v, %v", st, err)
	}
	again, made, err := ethkey.LoadOrCreate(path)
	if err != nil || made || ethkey.Address(again) != ethkey.Address(k) {
		t.Fatalf("second use: made %t, %v, same key %t", made, err, ethkey.Address(again) == ethkey.Address(k))
	}
	if err := os.WriteFile(path, []byte("not a key\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := ethkey.LoadOrCreate(path); !errors.Is(err, ethkey.ErrKey) {
		t.Fatalf("a broken key file: %v", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "not a key\n" {
		t.Fatal("a broken key file was replaced")
	}
}
