package lambda_test

import (
	"os"
	"os/exec"
	"syscall"
)

// ownGroup starts the command in a process group of its own, which killGroup ends. Should this
// test process die without its cleanups (a test timeout), the kernel SIGKILLs the command, and
// the bootstrap, its Runtime API gone, exits.
func ownGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

// killGroup SIGKILLs the process group led by pid.
func killGroup(pid int) { syscall.Kill(-pid, syscall.SIGKILL) }

// terminate asks a process to end (SIGTERM).
func terminate(p *os.Process) { p.Signal(syscall.SIGTERM) }
