package deploy_test

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/serializer"
	"k8s.io/apimachinery/pkg/util/intstr"
	k8syaml "k8s.io/apimachinery/pkg/util/yaml"

	"github.com/rwabridge/rwabridge/bridge/attest"
	"github.com/rwabridge/rwabridge/bridge/relay"
	"github.com/rwabridge/rwabridge/onshore/agent"
	"github.com/rwabridge/rwabridge/onshore/ledger/backend"
)

// namespace is the one namespace of the example.
const namespace = "rwabridge"

// image is the rwabridge image (k8s/Dockerfile) every rwabridge container
// runs; other containers (busybox) only copy files.
const image = "registry.example.org/rwabridge/rwabridge:v0.1.0"

// rwabridgeContainers are the containers of a pod that run rwabridge.
func rwabridgeContainers(spec corev1.PodSpec) []corev1.Container {
	var cs []corev1.Container
	for _, c := range spec.Containers {
		if strings.HasPrefix(c.Image, strings.Split(image, ":")[0]+":") {
			cs = append(cs, c)
		}
	}
	return cs
}

// workload is a Deployment, StatefulSet, Job or Pod, reduced to what the
// checks need.
type workload struct {
	kind, name  string
	selector    *metav1.LabelSelector
	template    corev1.PodTemplateSpec
	serviceName string                         // StatefulSet
	claims      []corev1.PersistentVolumeClaim // StatefulSet volumeClaimTemplates
	job         *batchv1.JobSpec               // Job
}

// injectedEnv are the variables Kubernetes sets in a workload's containers
// without the manifest naming them: an Indexed Job's pod index.
func (w workload) injectedEnv() []string {
	if w.job != nil && w.job.CompletionMode != nil && *w.job.CompletionMode == batchv1.IndexedCompletion {
		return []string{"JOB_COMPLETION_INDEX"}
	}
	return nil
}

// cluster is every object of deploy/k8s.
type cluster struct {
	namespaces map[string]bool
	configMaps map[string]*corev1.ConfigMap
	secrets    map[string]*corev1.Secret
	services   map[string]*corev1.Service
	claims     map[string]*corev1.PersistentVolumeClaim
	workloads  []workload
}

// decodeManifests decodes every document of every dir/*.yaml strictly with
// the Kubernetes API types (loadCluster) and fails t on any problem.
func decodeManifests(t *testing.T, dir string) *cluster {
	t.Helper()
	c, problems := loadCluster(dir)
	for _, p := range problems {
		t.Error(p)
	}
	if c == nil {
		t.FailNow()
	}
	return c
}

// loadCluster decodes every document of every dir/*.yaml strictly with the
// Kubernetes API types: an unknown or duplicate field, a kind the scheme
// does not know or a wrong type is a problem. It returns nil when the
// manifests could not be read at all.
func loadCluster(dir string) (*cluster, []string) {
	var problems []string
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	scheme := runtime.NewScheme()
	for _, add := range []func(*runtime.Scheme) error{corev1.AddToScheme, appsv1.AddToScheme, batchv1.AddToScheme} {
		if err := add(scheme); err != nil {
			return nil, []string{err.Error()}
		}
	}
	dec := serializer.NewCodecFactory(scheme, serializer.EnableStrict).UniversalDeserializer()
	c := &cluster{namespaces: map[string]bool{}, configMaps: map[string]*corev1.ConfigMap{}, secrets: map[string]*corev1.Secret{},
		services: map[string]*corev1.Service{}, claims: map[string]*corev1.PersistentVolumeClaim{}}
	// site/ holds the objects each site creates from its own files (keys,
	// the device registry): their shape, kept out of `kubectl apply -f dir`;
	// prove/ the Jobs that prove one epoch on several machines, applied
	// file by file per epoch.
	paths, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	site, serr := filepath.Glob(filepath.Join(dir, "site", "*.yaml"))
	jobs, jerr := filepath.Glob(filepath.Join(dir, "prove", "*.yaml"))
	paths = append(append(paths, site...), jobs...)
	if err != nil || serr != nil || jerr != nil || len(paths) == 0 {
		return nil, []string{fmt.Sprintf("no manifests in %s: %v %v %v", dir, err, serr, jerr)}
	}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, []string{err.Error()}
		}
		r := k8syaml.NewYAMLReader(bufio.NewReader(bytes.NewReader(data)))
		for n := 1; ; n++ {
			doc, err := r.Read()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				bad("%s: document %d: %v", path, n, err)
				break
			}
			if len(bytes.TrimSpace(stripComments(doc))) == 0 {
				continue
			}
			obj, gvk, err := dec.Decode(doc, nil, nil)
			if err != nil {
				bad("%s: document %d does not decode strictly: %v", path, n, err)
				continue
			}
			where := path + ": " + gvk.Kind
			if m, ok := obj.(metav1.Object); ok {
				where += " " + m.GetName()
				if _, isNS := obj.(*corev1.Namespace); !isNS && m.GetNamespace() != namespace {
					bad("%s: namespace %q, want %q", where, m.GetNamespace(), namespace)
				}
			}
			if p := c.add(where, obj); p != "" {
				bad("%s", p)
			}
		}
	}
	if !c.namespaces[namespace] {
		bad("no Namespace %s in %s", namespace, dir)
	}
	return c, problems
}

var commentLine = regexp.MustCompile(`(?m)^\s*#.*$`)

func stripComments(doc []byte) []byte { return commentLine.ReplaceAll(doc, nil) }

// add files obj; it returns a problem, or "".
func (c *cluster) add(where string, obj runtime.Object) (problem string) {
	seen := false
	switch o := obj.(type) {
	case *corev1.Namespace:
		c.namespaces[o.Name] = true
	case *corev1.ConfigMap:
		seen = put(c.configMaps, o.Name, o)
	case *corev1.Secret:
		seen = put(c.secrets, o.Name, o)
	case *corev1.Service:
		seen = put(c.services, o.Name, o)
	case *corev1.PersistentVolumeClaim:
		seen = put(c.claims, o.Name, o)
	case *appsv1.Deployment:
		c.workloads = append(c.workloads, workload{kind: "Deployment", name: o.Name, selector: o.Spec.Selector, template: o.Spec.Template})
	case *corev1.Pod:
		c.workloads = append(c.workloads, workload{kind: "Pod", name: o.Name, template: corev1.PodTemplateSpec{ObjectMeta: o.ObjectMeta, Spec: o.Spec}})
	case *batchv1.Job:
		c.workloads = append(c.workloads, workload{kind: "Job", name: o.Name, selector: o.Spec.Selector, template: o.Spec.Template, job: &o.Spec})
	case *appsv1.StatefulSet:
		c.workloads = append(c.workloads, workload{kind: "StatefulSet", name: o.Name, selector: o.Spec.Selector, template: o.Spec.Template,
			serviceName: o.Spec.ServiceName, claims: o.Spec.VolumeClaimTemplates})
	default:
		return where + ": a kind this test does not check; extend it"
	}
	if seen {
		return where + ": defined twice"
	}
	return ""
}

// put files v under name and reports whether the name was taken.
func put[T any](m map[string]T, name string, v T) (seen bool) {
	_, seen = m[name]
	m[name] = v
	return seen
}

// secretKeys are a Secret's keys, from data and stringData.
func secretKeys(s *corev1.Secret) []string {
	var keys []string
	for k := range s.Data {
		keys = append(keys, k)
	}
	for k := range s.StringData {
		keys = append(keys, k)
	}
	return keys
}

func TestTheManifestsDecodeStrictly(t *testing.T) {
	c := decodeManifests(t, "k8s")
	roles := map[string]bool{}
	for _, w := range c.workloads {
		for _, ct := range rwabridgeContainers(w.template.Spec) {
			if len(ct.Args) > 0 {
				roles[ct.Args[0]] = true
			}
		}
	}
	for _, r := range []string{"agent", "sealer", "attest", "relay", "investor"} {
		if !roles[r] {
			t.Errorf("no workload in deploy/k8s runs rwabridge %s", r)
		}
	}
}

// TestTheStrictDecoderRefusesAnUnknownField shows the decoding above is
// strict: a misspelt field in a container is an error, not dropped.
func TestTheStrictDecoderRefusesAnUnknownField(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("k8s", "20-sealer.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(string(src), "readinessProbe:", "readynessProbe:", 1)
	if bad == string(src) {
		t.Fatal("20-sealer.yaml has no readinessProbe to misspell")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "20-sealer.yaml"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	_, problems := loadCluster(dir)
	want := `unknown field "spec.template.spec.containers[0].readynessProbe"`
	if !slices.ContainsFunc(problems, func(p string) bool { return strings.Contains(p, want) }) {
		t.Errorf("a misspelt readinessProbe decoded without the strict error %s; problems: %q", want, problems)
	}
}

// TestEveryPodIsLockedDown: pods run as a non-root user with the runtime's
// seccomp profile and no service account token; every container (init ones
// too) has a read-only root, no privilege escalation, no capabilities, and
// resource requests and a memory limit.
func TestEveryPodIsLockedDown(t *testing.T) {
	c := decodeManifests(t, "k8s")
	for _, w := range c.workloads {
		t.Run(w.kind+"/"+w.name, func(t *testing.T) {
			spec := w.template.Spec
			pod := spec.SecurityContext
			if pod == nil || pod.RunAsNonRoot == nil || !*pod.RunAsNonRoot || pod.RunAsUser == nil || *pod.RunAsUser == 0 {
				t.Errorf("pod securityContext %+v: want runAsNonRoot: true and a non-zero runAsUser", pod)
			}
			if pod == nil || pod.SeccompProfile == nil || pod.SeccompProfile.Type != corev1.SeccompProfileTypeRuntimeDefault {
				t.Error("pod securityContext: want seccompProfile RuntimeDefault")
			}
			if spec.AutomountServiceAccountToken == nil || *spec.AutomountServiceAccountToken {
				t.Error("automountServiceAccountToken: want false (nothing here calls the Kubernetes API)")
			}
			if w.kind == "Job" && w.selector != nil {
				t.Errorf("selector %v: a Job's selector is generated from its uid; set none", w.selector)
			}
			if w.kind != "Pod" && w.kind != "Job" {
				sel, err := metav1.LabelSelectorAsSelector(w.selector)
				if err != nil || sel.Empty() || !sel.Matches(labels.Set(w.template.Labels)) {
					t.Errorf("selector %v does not select the pod template's labels %v (%v)", w.selector, w.template.Labels, err)
				}
			}
			for _, ct := range append(slices.Clone(spec.InitContainers), spec.Containers...) {
				sc := ct.SecurityContext
				switch {
				case sc == nil:
					t.Errorf("container %s: no securityContext", ct.Name)
					continue
				case sc.RunAsNonRoot == nil || !*sc.RunAsNonRoot:
					t.Errorf("container %s: want runAsNonRoot: true", ct.Name)
				case sc.ReadOnlyRootFilesystem == nil || !*sc.ReadOnlyRootFilesystem:
					t.Errorf("container %s: want readOnlyRootFilesystem: true", ct.Name)
				case sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation:
					t.Errorf("container %s: want allowPrivilegeEscalation: false", ct.Name)
				case sc.Privileged != nil && *sc.Privileged:
					t.Errorf("container %s is privileged", ct.Name)
				case sc.Capabilities == nil || !slices.Equal(sc.Capabilities.Drop, []corev1.Capability{"ALL"}) || len(sc.Capabilities.Add) > 0:
					t.Errorf("container %s: capabilities %+v, want drop [ALL] and none added", ct.Name, sc.Capabilities)
				}
				req, lim := ct.Resources.Requests, ct.Resources.Limits
				if req.Cpu().IsZero() || req.Memory().IsZero() || lim.Memory().IsZero() {
					t.Errorf("container %s: resources %+v, want cpu and memory requests and a memory limit", ct.Name, ct.Resources)
				}
			}
		})
	}
}

// TestEveryContainerIsProbedOnItsMetricsPort: each rwabridge container has
// liveness and readiness probes (and a startup probe, if any) on
// GET /healthz at a named port, which is the port its --metrics flag
// serves; its args name only flags `rwabridge CMD --help` lists, and every
// $(VAR) in them is set in its env.
func TestEveryContainerIsProbedOnItsMetricsPort(t *testing.T) {
	c := decodeManifests(t, "k8s")
	for _, w := range c.workloads {
		for _, ct := range w.template.Spec.Containers {
			t.Run(w.name+"/"+ct.Name, func(t *testing.T) {
				if !slices.ContainsFunc(rwabridgeContainers(w.template.Spec), func(r corev1.Container) bool { return r.Name == ct.Name }) {
					if w.kind != "Pod" && w.kind != "Job" {
						t.Fatalf("image %q: a long-running role runs rwabridge (%s)", ct.Image, image)
					}
					return
				}
				if ct.Image != image {
					t.Errorf("image %q, want %s like every rwabridge container", ct.Image, image)
				}
				if len(ct.Command) > 0 {
					t.Errorf("command %q overrides the image's entrypoint (rwabridge); pass args only", ct.Command)
				}
				p := checkArgs(t, ct.Name, ct.Args)
				checkArgVars(t, ct, w.injectedEnv())
				if f := p.flags["log-format"]; f != "json" {
					t.Errorf("--log-format %q, want json", f)
				}
				if w.kind == "Job" {
					// A Job's pod runs to completion: no server, no probes.
					if ct.LivenessProbe != nil || ct.ReadinessProbe != nil || ct.StartupProbe != nil {
						t.Error("a Job's container has probes; it serves nothing")
					}
					return
				}
				metrics, ok := p.flags["metrics"]
				if !ok {
					t.Fatalf("args %q: no --metrics; every long-running command serves /metrics and /healthz on it", ct.Args)
				}
				_, portText, ok := strings.Cut(metrics, ":")
				port, err := strconv.Atoi(portText)
				if !ok || err != nil {
					t.Fatalf("--metrics %q: want [HOST]:PORT", metrics)
				}
				probes := map[string]*corev1.Probe{"liveness": ct.LivenessProbe, "readiness": ct.ReadinessProbe}
				if ct.StartupProbe != nil {
					probes["startup"] = ct.StartupProbe
				}
				for kind, pr := range probes {
					if pr == nil || pr.HTTPGet == nil {
						t.Errorf("%s probe: want an httpGet of /healthz", kind)
						continue
					}
					g := pr.HTTPGet
					if g.Path != "/healthz" {
						t.Errorf("%s probe: path %q, want /healthz", kind, g.Path)
					}
					if g.Port.Type != intstr.String {
						t.Errorf("%s probe: port %s, want a named port", kind, g.Port.String())
						continue
					}
					cp := containerPort(ct, g.Port.StrVal)
					switch {
					case cp == nil:
						t.Errorf("%s probe: port %q is not one of the container's ports", kind, g.Port.StrVal)
					case int(cp.ContainerPort) != port:
						t.Errorf("%s probe: port %s is %d, but --metrics serves %d", kind, g.Port.StrVal, cp.ContainerPort, port)
					}
				}
			})
		}
	}
}

func containerPort(ct corev1.Container, name string) *corev1.ContainerPort {
	for i := range ct.Ports {
		if ct.Ports[i].Name == name {
			return &ct.Ports[i]
		}
	}
	return nil
}

var argVar = regexp.MustCompile(`\$\(([A-Za-z_][A-Za-z0-9_]*)\)`)

// checkArgVars: Kubernetes expands $(VAR) in args from the container's env
// (and the variables it injects itself) and leaves an unknown one as it is,
// which would reach rwabridge verbatim.
func checkArgVars(t *testing.T, ct corev1.Container, injected []string) {
	t.Helper()
	for _, a := range ct.Args {
		for _, m := range argVar.FindAllStringSubmatch(a, -1) {
			if !slices.Contains(injected, m[1]) && !slices.ContainsFunc(ct.Env, func(e corev1.EnvVar) bool { return e.Name == m[1] }) {
				t.Errorf("arg %q uses $(%s), which the container's env does not set", a, m[1])
			}
		}
	}
}

// TestEverythingReferencedExists: every ConfigMap, Secret, claim, key and
// volume a pod names is in the manifests, every volume mount names a
// volume, each StatefulSet's serviceName is a Service, and each Service's
// named target port is a port of the pods it selects.
func TestEverythingReferencedExists(t *testing.T) {
	c := decodeManifests(t, "k8s")
	for _, w := range c.workloads {
		t.Run(w.kind+"/"+w.name, func(t *testing.T) {
			spec := w.template.Spec
			vols := map[string]bool{}
			for _, cl := range w.claims {
				vols[cl.Name] = true
			}
			for _, v := range spec.Volumes {
				vols[v.Name] = true
				switch {
				case v.ConfigMap != nil:
					c.checkConfigMapKeys(t, v.ConfigMap.Name, v.ConfigMap.Items)
				case v.Secret != nil:
					c.checkSecretKeys(t, v.Secret.SecretName, v.Secret.Items)
				case v.PersistentVolumeClaim != nil:
					if c.claims[v.PersistentVolumeClaim.ClaimName] == nil {
						t.Errorf("volume %s: no PersistentVolumeClaim %s", v.Name, v.PersistentVolumeClaim.ClaimName)
					}
				case v.EmptyDir != nil:
				default:
					t.Errorf("volume %s: a kind of volume this test does not check", v.Name)
				}
			}
			for _, ct := range append(slices.Clone(spec.InitContainers), spec.Containers...) {
				for _, m := range ct.VolumeMounts {
					if !vols[m.Name] {
						t.Errorf("container %s mounts %s, which is no volume of the pod", ct.Name, m.Name)
					}
				}
				for _, e := range ct.Env {
					if e.ValueFrom == nil {
						continue
					}
					if r := e.ValueFrom.ConfigMapKeyRef; r != nil {
						c.checkConfigMapKeys(t, r.Name, []corev1.KeyToPath{{Key: r.Key}})
					}
					if r := e.ValueFrom.SecretKeyRef; r != nil {
						c.checkSecretKeys(t, r.Name, []corev1.KeyToPath{{Key: r.Key}})
					}
				}
				for _, e := range ct.EnvFrom {
					if e.ConfigMapRef != nil {
						c.checkConfigMapKeys(t, e.ConfigMapRef.Name, nil)
					}
					if e.SecretRef != nil {
						c.checkSecretKeys(t, e.SecretRef.Name, nil)
					}
				}
			}
			if w.kind == "StatefulSet" {
				if s := c.services[w.serviceName]; s == nil {
					t.Errorf("serviceName %q: no such Service", w.serviceName)
				}
			}
		})
	}
	for name, s := range c.services {
		t.Run("Service/"+name, func(t *testing.T) {
			var pods []corev1.PodSpec
			for _, w := range c.workloads {
				if len(s.Spec.Selector) > 0 && labels.SelectorFromSet(s.Spec.Selector).Matches(labels.Set(w.template.Labels)) {
					pods = append(pods, w.template.Spec)
				}
			}
			if len(pods) == 0 {
				t.Fatalf("selector %v selects no pod", s.Spec.Selector)
			}
			for _, sp := range s.Spec.Ports {
				for _, pod := range pods {
					found := false
					for _, ct := range pod.Containers {
						cp := containerPort(ct, sp.TargetPort.StrVal)
						found = found || sp.TargetPort.Type == intstr.String && cp != nil
					}
					if !found {
						t.Errorf("port %s: targetPort %s is not a named port of the pods it selects", sp.Name, sp.TargetPort.String())
					}
				}
			}
		})
	}
}

func (c *cluster) checkConfigMapKeys(t *testing.T, name string, items []corev1.KeyToPath) {
	t.Helper()
	cm := c.configMaps[name]
	if cm == nil {
		t.Errorf("no ConfigMap %s in the manifests", name)
		return
	}
	for _, it := range items {
		if _, ok := cm.Data[it.Key]; !ok {
			t.Errorf("ConfigMap %s has no key %s", name, it.Key)
		}
	}
}

func (c *cluster) checkSecretKeys(t *testing.T, name string, items []corev1.KeyToPath) {
	t.Helper()
	s := c.secrets[name]
	if s == nil {
		t.Errorf("no Secret %s in the manifests", name)
		return
	}
	for _, it := range items {
		if !slices.Contains(secretKeys(s), it.Key) {
			t.Errorf("Secret %s has no key %s", name, it.Key)
		}
	}
}

// pod resolves paths inside one container of a workload to what is mounted
// there.
type pod struct {
	c  *cluster
	w  workload
	ct corev1.Container
}

// file returns the content of the ConfigMap or Secret key mounted at path
// (ok false, with an error reported, when nothing provides it).
func (p pod) file(t *testing.T, what, path string) (data []byte, ok bool) {
	t.Helper()
	m, vol, rel := p.mount(path)
	if m == nil {
		t.Errorf("%s %s: not under any volume mount of container %s", what, path, p.ct.Name)
		return nil, false
	}
	switch {
	case vol != nil && vol.ConfigMap != nil:
		if cm := p.c.configMaps[vol.ConfigMap.Name]; cm != nil {
			if d, ok := cm.Data[rel]; ok {
				return []byte(d), true
			}
		}
		t.Errorf("%s %s: ConfigMap %s (mounted at %s) has no key %s", what, path, vol.ConfigMap.Name, m.MountPath, rel)
	case vol != nil && vol.Secret != nil:
		if s := p.c.secrets[vol.Secret.SecretName]; s != nil {
			if d, ok := s.Data[rel]; ok {
				return d, true
			}
			if d, ok := s.StringData[rel]; ok {
				return []byte(d), true
			}
		}
		t.Errorf("%s %s: Secret %s (mounted at %s) has no key %s", what, path, vol.Secret.SecretName, m.MountPath, rel)
	case vol != nil && vol.EmptyDir != nil:
		// Written by an init container: it must write exactly this path.
		for _, ic := range p.w.template.Spec.InitContainers {
			if slices.Contains(ic.Command, path) && slices.ContainsFunc(ic.VolumeMounts, func(im corev1.VolumeMount) bool { return im.Name == m.Name }) {
				return nil, true
			}
		}
		t.Errorf("%s %s: on emptyDir %s, but no init container writes it", what, path, m.Name)
	default:
		t.Errorf("%s %s: on volume %s, which holds no file the manifests provide", what, path, m.Name)
	}
	return nil, false
}

// dir reports whether path is on a volume mount of the container, on
// persistent storage and writable when writable is set.
func (p pod) dir(t *testing.T, what, path string, writable bool) {
	t.Helper()
	m, vol, _ := p.mount(path)
	switch {
	case m == nil:
		t.Errorf("%s %s: not under any volume mount of container %s", what, path, p.ct.Name)
	case writable && m.ReadOnly:
		t.Errorf("%s %s: mount %s is read-only", what, path, m.Name)
	case writable && vol != nil:
		t.Errorf("%s %s: on volume %s, which does not persist; want a PersistentVolumeClaim", what, path, m.Name)
	}
}

// mount finds the deepest mount holding path, its volume (nil for a
// StatefulSet's claim template) and path relative to it.
func (p pod) mount(path string) (*corev1.VolumeMount, *corev1.Volume, string) {
	var best *corev1.VolumeMount
	for i, m := range p.ct.VolumeMounts {
		if rel, err := filepath.Rel(m.MountPath, path); err == nil && !strings.HasPrefix(rel, "..") && (best == nil || len(m.MountPath) > len(best.MountPath)) {
			best = &p.ct.VolumeMounts[i]
		}
	}
	if best == nil {
		return nil, nil, ""
	}
	rel, _ := filepath.Rel(best.MountPath, path)
	for i, v := range p.w.template.Spec.Volumes {
		if v.Name == best.Name {
			if v.PersistentVolumeClaim != nil {
				return best, nil, rel
			}
			return best, &p.w.template.Spec.Volumes[i], rel
		}
	}
	return best, nil, rel
}

// TestEveryConfigLoadsAndNamesWhatThePodMounts loads the config files the
// containers' --config and --ledger-config name, out of the ConfigMap
// mounted there, with the loader of the command (strict: a misspelt key
// fails), and checks that each file and directory they name is mounted in
// that container: keys and Fabric identities from Secrets, state on
// writable persistent volumes.
func TestEveryConfigLoadsAndNamesWhatThePodMounts(t *testing.T) {
	c := decodeManifests(t, "k8s")
	for _, w := range c.workloads {
		for _, ct := range rwabridgeContainers(w.template.Spec) {
			t.Run(w.name+"/"+ct.Name, func(t *testing.T) {
				p := pod{c: c, w: w, ct: ct}
				args := checkArgs(t, ct.Name, ct.Args)
				if path, ok := args.flags["ledger-config"]; ok {
					p.ledger(t, path)
				}
				if len(args.path) > 0 && args.path[0] == "prove" {
					p.dir(t, "--keys", args.flags["keys"], false)
					p.dir(t, "--chunk-dir", args.flags["chunk-dir"], true)
					p.file(t, "--salt-seed", args.flags["salt-seed"])
					if out, ok := args.flags["out"]; ok {
						p.dir(t, "--out", filepath.Dir(out), true)
					}
				}
				path, ok := args.flags["config"]
				if !ok {
					return
				}
				data, ok := p.file(t, "--config", path)
				if !ok {
					return
				}
				switch cmd := strings.Join(args.path, " "); cmd {
				case "agent":
					cfg, err := agent.ParseConfig(data)
					if err != nil {
						t.Fatalf("%s: %v", path, err)
					}
					p.dir(t, "data_dir", cfg.DataDir, true)
					if cfg.Sources.HTTP {
						_, port, _ := strings.Cut(cfg.Listen, ":")
						if cp := containerPort(ct, "ingest"); cp == nil || strconv.Itoa(int(cp.ContainerPort)) != port {
							t.Errorf("listen %s (HTTP ingest): want it on the container port named ingest, have %+v", cfg.Listen, cp)
						}
					}
					if d, ok := p.file(t, "devices", cfg.Devices); ok && len(d) > 0 {
						t.Errorf("devices %s: the example's registry should be empty (each operator has its own), it holds %d bytes", cfg.Devices, len(d))
					}
				case "attest":
					cfg, err := attest.ParseConfig(data)
					if err != nil {
						t.Fatalf("%s: %v", path, err)
					}
					p.file(t, "key", cfg.Key.File)
					p.access(t, cfg.Ledger)
					p.dir(t, "seal_checkpoint", filepath.Dir(cfg.SealCheckpoint), true)
				case "relay":
					cfg, err := relay.ParseConfig(data)
					if err != nil {
						t.Fatalf("%s: %v", path, err)
					}
					p.file(t, "key", cfg.Key.File)
					p.access(t, cfg.Ledger)
					p.dir(t, "keys", cfg.Keys, false)
					p.dir(t, "outbox", cfg.Outbox, true)
				default:
					t.Errorf("--config of rwabridge %s: this test has no loader for it; add one", cmd)
				}
			})
		}
	}
}

func (p pod) access(t *testing.T, a backend.Access) {
	t.Helper()
	if a.Config == "" {
		t.Errorf("ledger %+v: the cluster example reaches the ledger through a Fabric connection file (the embedded ledger is opened by one process)", a)
		return
	}
	p.ledger(t, a.Config)
}

// ledger loads a connection file from the ConfigMap and checks the Fabric
// identity and TLS files it names come from Secrets mounted in the pod.
func (p pod) ledger(t *testing.T, path string) {
	t.Helper()
	data, ok := p.file(t, "ledger config", path)
	if !ok {
		return
	}
	tmp := filepath.Join(t.TempDir(), filepath.Base(path))
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := backend.LoadConfig(tmp)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if cfg.Backend != backend.Fabric {
		t.Fatalf("%s: backend %s, want fabric (the embedded ledger is opened by one process)", path, cfg.Backend)
	}
	for what, f := range map[string]string{"tls_ca_cert": cfg.Fabric.TLSCACert, "cert": cfg.Fabric.Cert, "key": cfg.Fabric.Key} {
		if !filepath.IsAbs(f) {
			t.Errorf("%s: fabric.%s %q: want an absolute path (the ConfigMap's directory holds no identities)", path, what, f)
			continue
		}
		if _, vol, _ := p.mount(f); vol != nil && vol.Secret == nil {
			t.Errorf("%s: fabric.%s %s is not on a Secret", path, what, f)
		}
		p.file(t, "fabric."+what, f)
	}
}
