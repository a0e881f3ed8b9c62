package lossless

import (
	"fmt"
	"testing"
	"time"
)

// TestParseCanonicalEveryDay: every day of the years at the ends of the range and around today's,
// at the day's first and last second, reads as time.Date makes it; the day after a month's last is
// refused.
func TestParseCanonicalEveryDay(t *testing.T) {
	const layout = "2006-01-02T15:04:05Z"
	for _, years := range [][2]int{{0, 3}, {1899, 2102}, {9997, 9999}} {
		for day := time.Date(years[0], 1, 1, 0, 0, 0, 0, time.UTC); day.Year() <= years[1]; day = day.AddDate(0, 0, 1) {
			for _, want := range []time.Time{day, day.Add(24*time.Hour - time.Second)} {
				text := want.Format(layout)
				got, ok := parseCanonical(text)
				if !ok || got != want {
					t.Fatalf("parseCanonical(%q) = %v %v, want %v", text, got, ok, want)
				}
			}
			if day.AddDate(0, 0, 1).Day() == 1 { // the month's last day: the next number is no day
				bad := fmt.Sprintf("%s%02dT00:00:00Z", day.Format("2006-01-"), day.Day()+1)
				if got, ok := parseCanonical(bad); ok {
					t.Fatalf("parseCanonical(%q) = %v, want it refused", bad, got)
				}
			}
		}
	}
}

// FuzzParseCanonical: parseCanonical reads what time.Parse reads with CloudTrail's layout, to the same
// time, and refuses the rest.
func FuzzParseCanonical(f *testing.F) {
	for _, s := range []string{"2024-03-01T00:13:43Z", "2024-02-29T23:59:59Z", "2023-02-29T00:00:00Z",
		"0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2024-13-01T00:00:00Z", "2024-03-01T24:00:00Z", "2024-03-01T00:00:60Z", "2024-0a-01T00:00:00Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := parseCanonical(s)
		if len(s) != 20 {
			if ok {
				t.Fatalf("parseCanonical(%q) = %v, want it refused", s, got)
			}
			return
		}
		want, err := time.Parse("2006-01-02T15:04:05Z", s)
		if ok != (err == nil) || got != want {
			t.Fatalf("parseCanonical(%q) = %v %v; time.Parse: %v %v", s, got, ok, want, err)
		}
	})
}
