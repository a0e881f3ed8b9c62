package lossless

import (
	"fmt"
	"slices"
	"testing"
)

// tableKeys share first words (vpcEndpointId and vpcEndpointAccountId), lengths from 6 to 30 bytes
// and the sizes where find compares another word.
var tableKeys = []string{"eventID", "eventName", "eventSource", "vpcEndpointId", "vpcEndpointAccountId",
	"userIdentity", "sourceIPAddress", "requestParameters", "sessionCredentialFromConsole", "region",
	"abcdefghijklmn", "abcdefghijklmnopqrstuv"}

// walkKeys is what ObjectKeys gives member for each key (the table's key for an id), and the
// offset it ends at.
func walkKeys(t *KeyTable, data []byte) ([]string, int, error) {
	s := NewScanner(data)
	var got []string
	err := s.ObjectKeys(t, func(id int, key string) error {
		if id >= 0 {
			if key != tableKeys[id] {
				return fmt.Errorf("id %d with key %q", id, key)
			}
			key = "#" + key
		}
		got = append(got, key)
		return s.Skip()
	})
	return got, s.Pos(), err
}

// walkObject is walkKeys with Object and a lookup of each key in tableKeys.
func walkObject(data []byte) ([]string, int, error) {
	s := NewScanner(data)
	var got []string
	err := s.Object(func(key string) error {
		if slices.Contains(tableKeys, key) {
			key = "#" + key
		}
		got = append(got, key)
		return s.Skip()
	})
	return got, s.Pos(), err
}

func TestObjectKeys(t *testing.T) {
	table := NewKeyTable(tableKeys...)
	for _, in := range []string{
		`{"eventID":"1","eventName":"x","vpcEndpointAccountId":"a","vpcEndpointId":"b"}`,
		`{"sessionCredentialFromConsole":"true","requestParameters":{"eventID":1},"abcdefghijklmnopqrstuv":0}`,
		`{"eventIDs":1,"eventI":2,"eventName" :3, "eventSource": 4,"ev\u0065ntID":5,"region":6,"regio":7}`,
		`{"vpcEndpointIdX":1,"vpcEndpointAccountI":2,"abcdefghijklmnopqrstuvw":3,"abcdefghijklm":4}`,
		`{"eventID":}`, `{"eventID"`, `{"eventID":"1"`, `{"eventID":"1",}`, `{}`, `{ }`, `[]`,
	} {
		want, wantPos, wantErr := walkObject([]byte(in))
		got, pos, err := walkKeys(table, []byte(in))
		if !slices.Equal(got, want) || pos != wantPos || (err == nil) != (wantErr == nil) {
			t.Errorf("%s:\nObjectKeys %q at %d, %v\nObject     %q at %d, %v", in, got, pos, err, want, wantPos, wantErr)
		}
	}
	if got, _, _ := walkKeys(table, []byte(`{"eventID":1,"sessionCredentialFromConsole":2,"other":3}`)); !slices.Equal(got, []string{"#eventID", "#sessionCredentialFromConsole", "other"}) {
		t.Errorf("got %q", got)
	}
}

func TestNewKeyTableRefuses(t *testing.T) {
	tooMany := make([]string, 65)
	for i := range tooMany {
		tooMany[i] = fmt.Sprintf("key-%03d", i)
	}
	for _, keys := range [][]string{{"short"}, {`quo"te`}, {"a-key-of-thirty-one-bytes-long!"}, tooMany} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("NewKeyTable(%q) did not panic", keys)
				}
			}()
			NewKeyTable(keys...)
		}()
	}
}

// FuzzObjectKeys: ObjectKeys with a table gives the keys, the end and the error that Object does.
func FuzzObjectKeys(f *testing.F) {
	for i, k := range tableKeys {
		f.Add(fmt.Sprintf(`{"%s":%d,"%s":"v","x":null}`, k, i, tableKeys[(i+1)%len(tableKeys)]))
	}
	table := NewKeyTable(tableKeys...)
	f.Fuzz(func(t *testing.T, in string) {
		want, wantPos, wantErr := walkObject([]byte(in))
		got, pos, err := walkKeys(table, []byte(in))
		if !slices.Equal(got, want) || pos != wantPos || (err == nil) != (wantErr == nil) {
			t.Fatalf("%q:\nObjectKeys %q at %d, %v\nObject     %q at %d, %v", in, got, pos, err, want, wantPos, wantErr)
		}
	})
}
