package ec2

// KeyAccess is a key pair made or imported, or an instance's Windows password fetched.
type KeyAccess struct {
	// Operation is the call: "CreateKeyPair", "ImportKeyPair" or "GetPasswordData".
	Operation string
	// KeyName, KeyPairID and Fingerprint name the key pair (from the request and the response).
	KeyName, KeyPairID, Fingerprint string
	// InstanceID is GetPasswordData's instance.
	InstanceID string
	// SecretReturned is true when the response holds the secret: CreateKeyPair's private key or
	// GetPasswordData's encrypted password, redacted (Redacted) or not.
	SecretReturned bool
}

// KeyMaterial returns what a CreateKeyPair, ImportKeyPair or GetPasswordData call does; ok is
// false for other calls.
func KeyMaterial(call Call) (k KeyAccess, ok bool) {
	switch c := call.(type) {
	case *CreateKeyPair:
		k.Operation = "CreateKeyPair"
		if c.Request != nil {
			k.KeyName = c.Request.KeyName
		}
		if r := c.Response; r != nil {
			k.KeyPairID, k.Fingerprint, k.SecretReturned = r.KeyPairID, r.KeyFingerprint, r.KeyMaterial != ""
			if k.KeyName == "" {
				k.KeyName = r.KeyName
			}
		}
	case *ImportKeyPair:
		k.Operation = "ImportKeyPair"
		if c.Request != nil {
			k.KeyName = c.Request.KeyName
		}
		if r := c.Response; r != nil {
			k.KeyPairID, k.Fingerprint = r.KeyPairID, r.KeyFingerprint
		}
	case *GetPasswordData:
		k.Operation = "GetPasswordData"
		if c.Request != nil {
			k.InstanceID = c.Request.InstanceID
		}
		if r := c.Response; r != nil {
			k.SecretReturned = r.PasswordData != ""
			if k.InstanceID == "" {
				k.InstanceID = r.InstanceID
			}
		}
	default:
		return k, false
	}
	return k, true
}
