package policy

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Values is a policy element written as one string or as a list of them, such as Action or
// Resource. Single records that it was one string, so that it encodes back that way.
type Values struct {
	List   []string
	Single bool
}

// UnmarshalJSON reads a string or a list of strings.
func (v *Values) UnmarshalJSON(b []byte) error {
	*v = Values{}
	if b = bytes.TrimSpace(b); len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*v = Values{List: []string{s}, Single: true}
		return nil
	}
	if err := json.Unmarshal(b, &v.List); err != nil {
		return fmt.Errorf("policy: want a string or a list of strings: %w", err)
	}
	return nil
}

// MarshalJSON writes one string when the value was one, else a list.
func (v Values) MarshalJSON() ([]byte, error) {
	if v.Single && len(v.List) == 1 {
		return json.Marshal(v.List[0])
	}
	if v.List == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(v.List)
}
