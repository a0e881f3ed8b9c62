package lambda_test

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// This file runs the functions as Lambda runs them on provided.al2023: each one built as a static
// linux `bootstrap`, started by the AWS Lambda Runtime Interface Emulator (RIE), which serves the
// Runtime API to it and takes invocations over HTTP on the loopback interface. The RIE is built
// from its module at rieVersion (the module has no semver tags, so the version is a pseudo-version
// of its main branch); set TRAILTYPE_RIE to the path of an aws-lambda-rie binary to use that
// instead.
//
// Processes: the RIE runs in a process group of its own; it starts the bootstrap in another
// (Setpgid), on the first invocation. stop sends the RIE SIGTERM, on which it SIGKILLs the
// bootstrap and exits; whatever is left after that is SIGKILLed by process group.

const (
	rieModule  = "github.com/aws/aws-lambda-runtime-interface-emulator"
	rieVersion = "v0.0.0-20261030222936-bef5c4ba774d"
)

var (
	buildMu   sync.Mutex // one build at a time
	buildDir  string     // removed by TestMain
	buildDone = map[string]buildResult{}
)

type buildResult struct {
	path string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	buildMu.Lock()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	buildMu.Unlock()
	os.Exit(code)
}

// needLinux skips where the emulator cannot run: it starts Linux processes (process groups, the
// Runtime API on loopback) and the figures read Linux's /proc.
func needLinux(tb testing.TB) {
	tb.Helper()
	if runtime.GOOS != "linux" {
		tb.Skipf("the Lambda Runtime Interface Emulator runs on Linux only, not %s", runtime.GOOS)
	}
}

// built runs build once per test binary for name, in a folder of the shared build directory, and
// returns the path it built.
func built(tb testing.TB, name string, build func(dir string) (string, error)) string {
	tb.Helper()
	buildMu.Lock()
	defer buildMu.Unlock()
	r, ok := buildDone[name]
	if !ok {
		if buildDir == "" {
			d, err := os.MkdirTemp("", "trailtype-rie-")
			if err != nil {
				tb.Fatal(err)
			}
			buildDir = d
		}
		dir := filepath.Join(buildDir, name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			tb.Fatal(err)
		}
		r.path, r.err = build(dir)
		buildDone[name] = r
	}
	if r.err != nil {
		tb.Fatal(r.err)
	}
	return r.path
}

// rieBinary builds cmd/aws-lambda-rie of the emulator's module at rieVersion, as the module itself
// pins its dependencies (go install pkg@version ignores the workspace), static.
func rieBinary(tb testing.TB) string {
	needLinux(tb)
	if p := os.Getenv("TRAILTYPE_RIE"); p != "" {
		return p
	}
	return built(tb, "aws-lambda-rie", func(dir string) (string, error) {
		cmd := exec.Command("go", "install", rieModule+"/cmd/aws-lambda-rie@"+rieVersion)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOBIN="+dir, "GOWORK=off", "GOFLAGS=", "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			return "", fmt.Errorf("building the Runtime Interface Emulator (%s@%s): %v\n%s", rieModule, rieVersion, err, out)
		}
		return filepath.Join(dir, "aws-lambda-rie"), nil
	})
}

// bootstrapBinary builds a function as provided.al2023 runs it: a static linux binary named
// bootstrap, without the RPC mode (-tags lambda.norpc), stripped as the templates deploy it, for
// this machine's architecture (the templates' arm64 cannot run here).
func bootstrapBinary(tb testing.TB, pkg string) string {
	needLinux(tb)
	return built(tb, pkg, func(dir string) (string, error) {
		out := filepath.Join(dir, "bootstrap")
		cmd := exec.Command("go", "build", "-tags", "lambda.norpc", "-trimpath", "-ldflags=-s -w", "-o", out, "./"+pkg)
		cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH="+runtime.GOARCH, "CGO_ENABLED=0")
		if msg, err := cmd.CombinedOutput(); err != nil {
			return "", fmt.Errorf("build %s: %v\n%s", pkg, err, msg)
		}
		return out, nil
	})
}

// freePorts are n distinct loopback ports nothing listens on now: all are held open until all are
// found, or the kernel could give one twice.
func freePorts(tb testing.TB, n int) []int {
	tb.Helper()
	var ports []int
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			tb.Fatal(err)
		}
		defer l.Close()
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports
}

// lineLog collects the lines of a stream, and lets a reader wait for one.
type lineLog struct {
	mu    sync.Mutex
	cond  *sync.Cond
	lines []string
	done  bool // the stream ended
}

func newLineLog(r io.Reader) (*lineLog, chan struct{}) {
	l := &lineLog{}
	l.cond = sync.NewCond(&l.mu)
	ended := make(chan struct{})
	go func() {
		defer close(ended)
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64<<10), 4<<20)
		for sc.Scan() {
			l.mu.Lock()
			l.lines = append(l.lines, sc.Text())
			l.cond.Broadcast()
			l.mu.Unlock()
		}
		l.mu.Lock()
		l.done = true
		l.cond.Broadcast()
		l.mu.Unlock()
	}()
	return l, ended
}

func (l *lineLog) len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.lines)
}

// waitFor waits until a line from index from on starts with prefix, and returns the lines from
// from to it, itself included; false if the stream ended or the deadline passed first.
func (l *lineLog) waitFor(from int, prefix string, deadline time.Time) ([]string, bool) {
	timer := time.AfterFunc(time.Until(deadline), func() {
		l.mu.Lock()
		l.cond.Broadcast()
		l.mu.Unlock()
	})
	defer timer.Stop()
	l.mu.Lock()
	defer l.mu.Unlock()
	for i := from; ; {
		for ; i < len(l.lines); i++ {
			if strings.HasPrefix(l.lines[i], prefix) {
				return append([]string(nil), l.lines[from:i+1]...), true
			}
		}
		if l.done || time.Now().After(deadline) {
			return nil, false
		}
		l.cond.Wait()
	}
}

func (l *lineLog) tail(n int) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.lines[max(0, len(l.lines)-n):], "\n")
}

// syncBuffer is a bytes.Buffer safe to write from a process's output copier and read from a test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// emulator is one RIE process and the function it runs.
type emulator struct {
	tb      testing.TB
	fn      string
	dir     string // the bootstrap's folder, its working directory
	cmd     *exec.Cmd
	url     string
	exited  chan struct{} // closed when the RIE has exited
	out     *lineLog      // the RIE's stdout: the function's stdout and stderr, and START/END/REPORT
	outEnd  chan struct{} // closed when every writer of out has closed it
	log     *syncBuffer   // the RIE's own log (stderr)
	client  *http.Client
	started time.Time     // just before the RIE process was started
	listen  time.Duration // from started to the RIE taking connections
	seq     int
	pid     int // the bootstrap's, once found
	stopped bool
}

// startEmulator starts the RIE on the function pkg, with the environment a deployed function has
// (region, credentials, memory size, timeout) and env, which it passes on to the function. It
// returns as soon as the process is started: the RIE starts the bootstrap at the first invocation.
func startEmulator(tb testing.TB, pkg string, memoryMB, timeoutS int, env ...string) *emulator {
	tb.Helper()
	rie := rieBinary(tb)
	boot := bootstrapBinary(tb, pkg)
	home := tb.TempDir()
	for attempt := 0; ; attempt++ {
		e, err := tryStart(tb, rie, boot, home, pkg, memoryMB, timeoutS, env)
		if err == nil {
			return e
		}
		if attempt == 2 {
			tb.Fatal(err)
		}
	}
}

func tryStart(tb testing.TB, rie, boot, home, pkg string, memoryMB, timeoutS int, env []string) (*emulator, error) {
	ports := freePorts(tb, 2)
	addr, api := fmt.Sprintf("127.0.0.1:%d", ports[0]), fmt.Sprintf("127.0.0.1:%d", ports[1])
	cmd := exec.Command(rie, "--log-level", "warn", "--runtime-interface-emulator-address", addr, "--runtime-api-address", api, "./bootstrap")
	cmd.Dir = filepath.Dir(boot)
	// Only what Lambda would set: nothing of the test's environment (credentials, AWS config)
	// reaches the function.
	cmd.Env = append([]string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + home,
		"AWS_REGION=us-east-2",
		"AWS_DEFAULT_REGION=us-east-2",
		"AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
		"AWS_SECRET_ACCESS_KEY=test",
		"AWS_SESSION_TOKEN=test",
		"AWS_CONFIG_FILE=" + filepath.Join(home, "no-config"),
		"AWS_SHARED_CREDENTIALS_FILE=" + filepath.Join(home, "no-credentials"),
		"AWS_EC2_METADATA_DISABLED=true",
		"AWS_LAMBDA_FUNCTION_NAME=" + filepath.Base(pkg),
		"AWS_LAMBDA_FUNCTION_MEMORY_SIZE=" + strconv.Itoa(memoryMB),
		"AWS_LAMBDA_FUNCTION_TIMEOUT=" + strconv.Itoa(timeoutS),
	}, env...)
	ownGroup(cmd)
	r, w, err := os.Pipe()
	if err != nil {
		tb.Fatal(err)
	}
	cmd.Stdout = w
	log := &syncBuffer{}
	cmd.Stderr = log
	e := &emulator{tb: tb, fn: pkg, dir: cmd.Dir, cmd: cmd, url: "http://" + addr + "/2015-03-31/functions/function/invocations",
		exited: make(chan struct{}), log: log, client: &http.Client{Timeout: 2 * time.Minute, Transport: &http.Transport{MaxIdleConnsPerHost: 1}}}
	e.out, e.outEnd = newLineLog(r)
	e.started = time.Now()
	err = cmd.Start()
	w.Close() // the RIE and the bootstrap hold it now
	if err != nil {
		r.Close()
		tb.Fatal(err)
	}
	go func() {
		cmd.Wait()
		close(e.exited)
	}()
	tb.Cleanup(func() {
		e.stop()
		r.Close()
	})
	// The RIE listens within milliseconds; when it cannot (a port taken since freePort), it exits.
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			e.listen = time.Since(e.started)
			c.Close()
			return e, nil
		}
		select {
		case <-e.exited:
			return nil, fmt.Errorf("the emulator exited at start: %v\n%s", cmd.ProcessState, log.String())
		case <-time.After(200 * time.Microsecond):
		}
		if time.Now().After(deadline) {
			e.stop()
			return nil, fmt.Errorf("the emulator did not listen on %s in 10 s\n%s", addr, log.String())
		}
	}
}

// response is what one invocation gave.
type response struct {
	status int
	body   []byte
	lines  []string // what the function wrote while it ran
}

// lambdaError is the body of a function error.
type lambdaError struct {
	ErrorMessage string `json:"errorMessage"`
	ErrorType    string `json:"errorType"`
}

// invoke posts one payload and returns the response with the function's output.
func (e *emulator) invoke(payload []byte) (response, error) {
	e.seq++
	id := fmt.Sprintf("7c4b7e2a-0000-4000-8000-%012d", e.seq)
	from := e.out.len()
	req, err := http.NewRequest(http.MethodPost, e.url, bytes.NewReader(payload))
	if err != nil {
		return response{}, err
	}
	req.Header.Set("X-Amzn-RequestId", id)
	resp, err := e.client.Do(req)
	if err != nil {
		return response{}, err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return response{}, err
	}
	r := response{status: resp.StatusCode, body: body}
	// The bootstrap writes to the RIE's stdout (the same file), which the RIE writes START and END
	// to, before and after the invocation: in the pipe, what the function wrote comes between them.
	lines, ok := e.out.waitFor(from, "END RequestId: "+id, time.Now().Add(10*time.Second))
	if !ok {
		return r, fmt.Errorf("no END line for %s; output:\n%s", id, e.out.tail(20))
	}
	start := slices.Index(lines, "START RequestId: "+id+" Version: $LATEST")
	if start < 0 || lines[len(lines)-1] != "END RequestId: "+id {
		return r, fmt.Errorf("no START and END lines for %s in:\n%s", id, strings.Join(lines, "\n"))
	}
	r.lines = lines[start+1 : len(lines)-1]
	return r, nil
}

// bootstrapPID finds the bootstrap: the RIE's child process. Once found, it is only checked.
func (e *emulator) bootstrapPID() (int, error) {
	rie := strconv.Itoa(e.cmd.Process.Pid)
	if e.pid != 0 && parentOf(strconv.Itoa(e.pid)) == rie {
		return e.pid, nil
	}
	ents, err := os.ReadDir("/proc")
	if err != nil {
		return 0, err
	}
	for _, ent := range ents {
		if pid, err := strconv.Atoi(ent.Name()); err == nil && parentOf(ent.Name()) == rie {
			e.pid = pid
			return pid, nil
		}
	}
	return 0, errors.New("the emulator has no child process")
}

// parentOf is the parent pid of a process, from /proc/<pid>/stat ("pid (comm) state ppid ...",
// where comm may hold spaces and parentheses); "" if there is no such process.
func parentOf(pid string) string {
	stat, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		return ""
	}
	s := string(stat)
	if f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:]); len(f) > 1 {
		return f[1]
	}
	return ""
}

// rssKiB is a process's resident set size (VmRSS) in KiB.
func rssKiB(pid int) (int, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			return strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
		}
	}
	return 0, fmt.Errorf("no VmRSS in /proc/%d/status", pid)
}

// stop ends the RIE and the bootstrap, and waits for their output to end.
func (e *emulator) stop() {
	if e.stopped {
		return
	}
	e.stopped = true
	pid := e.pid
	if pid == 0 {
		pid, _ = e.bootstrapPID()
	}
	terminate(e.cmd.Process) // the RIE SIGKILLs the runtime and exits
	select {
	case <-e.exited:
	case <-time.After(5 * time.Second):
		killGroup(e.cmd.Process.Pid) // the RIE's group: the RIE alone
		<-e.exited
	}
	if pid != 0 && e.ours(pid) {
		killGroup(pid) // the bootstrap's group, were it still running
	}
	select {
	case <-e.outEnd:
	case <-time.After(5 * time.Second):
		e.tb.Errorf("%s: the function's output did not end 5 s after the emulator exited", e.fn)
	}
	e.client.CloseIdleConnections()
	if e.tb.Failed() {
		e.tb.Logf("%s: emulator log:\n%s\noutput:\n%s", e.fn, e.log.String(), e.out.tail(40))
	}
}

// ours reports whether pid is still this emulator's bootstrap (running in its folder), so that
// a pid reused since is never signalled.
func (e *emulator) ours(pid int) bool {
	cwd, err := os.Readlink(fmt.Sprintf("/proc/%d/cwd", pid))
	return err == nil && cwd == e.dir
}
