package investor

import "github.com/rwabridge/rwabridge/offshore/audit"

// LocalCheck exposes localCheck to the tests.
func LocalCheck(call *audit.Call, env *audit.Env) Check { return localCheck(call, env, "the test key") }
