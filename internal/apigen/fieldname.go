package apigen

// Every generated struct type has the fields Extra and Layout and the methods MarshalJSON,
// UnmarshalJSON and Delete. A model member of one of those names (DynamoDB's
// TransactWriteItem.Delete, ReplicationGroupUpdate.Delete, ...) would not compile as a field of
// that name: its field is named with "Member" after it (DeleteMember), its JSON name unchanged.
var takenFieldNames = map[string]bool{"Extra": true, "Layout": true, "MarshalJSON": true, "UnmarshalJSON": true, "Delete": true}

// fieldName is the Go name of the field of member mn: GoName, unless a generated type has that
// name already.
func fieldName(mn string) string {
	name := GoName(mn)
	if takenFieldNames[name] {
		return name + "Member"
	}
	return name
}
