package apigen

// responseName is the Go type name of operation op's output shape: op+"Response", or, where the
// model has an operation of that name (API Gateway's GetMethod beside its GetMethodResponse),
// op+"Result".
func (m *Model) responseName(op string) string {
	if _, clash := m.Operations[op+"Response"]; clash {
		return op + "Result"
	}
	return op + "Response"
}
