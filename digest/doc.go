// Package digest verifies CloudTrail log file integrity offline: it does what
// `aws cloudtrail validate-logs` does, as a library call, and checks what the CLI leaves out.
//
// CloudTrail writes a digest file every hour per trail and region. A digest lists the log files
// delivered in that hour with the SHA-256 of each (uncompressed), and the hash and signature of the
// previous digest, so the digests form a chain. Each digest is signed (SHA256withRSA) with a regional
// key; the signature is kept in the digest object's S3 metadata and, for every digest but the newest,
// again in the next digest's previousDigestSignature.
//
// The pieces:
//   - [Parse] reads a digest file into a [Digest]; [ParseObjectKey] takes the S3 key of a log,
//     Insights or digest file apart into an [ObjectKey], whose [FileType] says which it is.
//   - [KeySet] holds the public keys (from ListPublicKeys), matched by fingerprint;
//     [KeySet.ReadListPublicKeys] loads the output of `aws cloudtrail list-public-keys`.
//   - [Digest.Verify] checks one signature; [HashLogFile] hashes one log file as a stream.
//   - [NewValidator] makes a [Validator], which walks a trail's chain from newest to oldest over a
//     [Store] ([Dir] serves buckets from file systems, such as the local copy `aws s3 sync` leaves)
//     and reports each [Finding]: its [Status] (valid, or what failed) and the file it is about.
//
// Besides what the CLI reports, the walk checks previousDigestHashValue against the previous digest,
// the recorded previousDigestSignature against the previous digest's own signature, data appended
// after a gzip member, and holes in the hourly cadence, which reveal two or more consecutive digests
// deleted (the CLI reports only one of them: aws/aws-cli#7054).
package digest
