//go:build !linux

package lambda_test

import (
	"os"
	"os/exec"
)

// The emulator runs on Linux only (needLinux skips its tests elsewhere): these keep the tests
// compiling.

func ownGroup(*exec.Cmd) {}

func killGroup(int) {}

func terminate(p *os.Process) { p.Kill() }
