// Package ec2instanceconnect types the CloudTrail records of Amazon EC2 Instance Connect
// (eventSource ec2-instance-connect.amazonaws.com, the model's endpointPrefix and the eventSource
// of Stratus Red Team's and the EC2 User Guide's records): the requestParameters and
// responseElements of each operation, generated from the service's API model, losslessly like the
// cloudtrail package's own types. EC2 Instance Connect Endpoint's OpenTunnel is recorded under the
// same eventSource but is none of the model's operations: Parse returns ErrUnknownOperation for it.
//
// Parse turns an event into a *SendSSHPublicKey or a *SendSerialConsoleSSHPublicKey: an SSH public
// key pushed to an instance, for an OS user, usable for 60 seconds by whoever holds the private key.
// That is the lateral movement a detection looks for (see the example): keys pushed to many
// instances, from an unusual source address, or to the serial console, which needs no network
// path to the instance.
package ec2instanceconnect

//go:generate go run ../../internal/apigen/cmd/apigen -package ec2instanceconnect -model model/service-2.json -event-source ec2-instance-connect.amazonaws.com -overlay model/overlay.json -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package ec2instanceconnect -model model/service-2.json -event-source ec2-instance-connect.amazonaws.com -overlay model/overlay.json -time-layout "Jan 2, 2006, 3:04:05 PM" -o zz_plain_test.go
