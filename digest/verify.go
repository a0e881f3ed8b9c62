package digest

import (
	"bufio"
	"compress/gzip"
	"crypto"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
)

// Why a signature does not verify; Verify wraps one of these.
var (
	ErrUnknownKey       = errors.New("public key not found")
	ErrBadSignature     = errors.New("signature verification failed")
	ErrNoSignature      = errors.New("no signature available")
	ErrUnknownAlgorithm = errors.New("unsupported signature algorithm")
)

// Verify checks the digest's signature (hex, from the object's metadata or from the next digest's
// previousDigestSignature) against the hex SHA-256 of the uncompressed digest bytes, with the key
// the digest names.
func (d *Digest) Verify(keys *KeySet, sha256Hex, signatureHex string) error {
	if signatureHex == "" {
		return ErrNoSignature
	}
	if d.DigestSignatureAlgorithm != SignatureAlgorithm {
		return fmt.Errorf("%w %q", ErrUnknownAlgorithm, d.DigestSignatureAlgorithm)
	}
	key, ok := keys.Lookup(d.DigestPublicKeyFingerprint)
	if !ok {
		return fmt.Errorf("%w: fingerprint %q", ErrUnknownKey, d.DigestPublicKeyFingerprint)
	}
	sig, err := hex.DecodeString(signatureHex)
	if err != nil {
		return fmt.Errorf("%w: signature is not hex", ErrBadSignature)
	}
	sum := sha256.Sum256([]byte(d.StringToSign(sha256Hex)))
	if err := rsa.VerifyPKCS1v15(key.Key, crypto.SHA256, sum[:], sig); err != nil {
		return ErrBadSignature
	}
	return nil
}

// Gunzipped is what reading one gzip object gave.
type Gunzipped struct {
	SHA256 string // hex SHA-256 of the first gzip member's uncompressed bytes
	Size   int64  // uncompressed size of the first member
	// Trailing counts the bytes after the first gzip member. CloudTrail writes one member; the AWS
	// CLI ignores anything after it, so bytes appended there would pass its check unseen.
	Trailing int64
}

// ErrTooLarge is returned when an object inflates past the limit given.
var ErrTooLarge = errors.New("uncompressed object larger than the limit")

// HashLogFile hashes a gzip log file as a stream: the SHA-256 of its uncompressed bytes, which a
// digest's hashValue records, and the count of bytes after the gzip member.
func HashLogFile(r io.Reader) (Gunzipped, error) {
	return gunzip(r, io.Discard, -1)
}

// gunzip inflates the first gzip member of r into w (up to limit bytes when limit >= 0), hashing
// it, then counts what follows.
func gunzip(r io.Reader, w io.Writer, limit int64) (Gunzipped, error) {
	var g Gunzipped
	br := bufio.NewReaderSize(r, 64<<10) // an io.ByteReader, so inflate reads no byte past the member
	z, err := gzip.NewReader(br)
	if err != nil {
		return g, fmt.Errorf("not gzip: %w", err)
	}
	z.Multistream(false)
	h := sha256.New()
	src := io.Reader(z)
	if limit >= 0 {
		src = io.LimitReader(z, limit+1)
	}
	g.Size, err = io.Copy(io.MultiWriter(h, w), src)
	if err != nil {
		return g, fmt.Errorf("corrupt gzip: %w", err)
	}
	if limit >= 0 && g.Size > limit {
		return g, fmt.Errorf("%w (%d bytes)", ErrTooLarge, limit)
	}
	g.SHA256 = hex.EncodeToString(h.Sum(nil))
	g.Trailing, err = io.Copy(io.Discard, br)
	return g, err
}
