package cloudtrail

import (
	"strconv"
	"strings"
)

// Version is a record's eventVersion, "major.minor". Real minor parts have leading zeros ("1.05") next
// to two-digit ones ("1.10"), so compare versions with these methods, never as strings or floats.
type Version string

// Parts returns the major and minor numbers; ok is false when v is not two dot-separated decimals.
func (v Version) Parts() (major, minor int, ok bool) {
	maj, min, found := strings.Cut(string(v), ".")
	if !found {
		return 0, 0, false
	}
	var err1, err2 error
	major, err1 = strconv.Atoi(maj)
	minor, err2 = strconv.Atoi(min)
	if err1 != nil || err2 != nil || major < 0 || minor < 0 || strings.HasPrefix(min, "+") {
		return 0, 0, false
	}
	return major, minor, true
}

// Compare returns -1, 0 or +1 as v is older than, equal to or newer than w. A version that cannot be
// parsed sorts before every one that can; two such versions compare as strings.
func (v Version) Compare(w Version) int {
	vmaj, vmin, vok := v.Parts()
	wmaj, wmin, wok := w.Parts()
	switch {
	case !vok && !wok:
		return strings.Compare(string(v), string(w))
	case !vok:
		return -1
	case !wok:
		return 1
	case vmaj != wmaj:
		return cmpInt(vmaj, wmaj)
	}
	return cmpInt(vmin, wmin)
}

// AtLeast reports whether v has the same major version as w and a minor version no older, the
// comparison AWS recommends for deciding whether a field can be present.
func (v Version) AtLeast(w Version) bool {
	vmaj, vmin, vok := v.Parts()
	wmaj, wmin, wok := w.Parts()
	return vok && wok && vmaj == wmaj && vmin >= wmin
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
