// Package config types the CloudTrail records of AWS Config (eventSource config.amazonaws.com, the
// model's endpointPrefix and the eventSource of the AWS Config Developer Guide's records): the
// requestParameters and responseElements of each operation, generated from the service's API
// model, losslessly like the cloudtrail package's own types. Times read from every layout
// CloudTrail writes them in ("Dec 11, 2014 12:58:42 AM" in the guide's records) and are written
// back as they came.
//
// Parse turns an event into a *StopConfigurationRecorder, *DeleteDeliveryChannel and so on; switch
// on the concrete type. Blinding AWS Config is then one type each: StopConfigurationRecorder,
// DeleteConfigurationRecorder, DeleteDeliveryChannel, PutDeliveryChannel to another bucket,
// DeleteConfigRule and DeleteConformancePack, and PutConfigurationRecorder that stops recording
// some resource types (see the example).
package config

//go:generate go run ../../internal/apigen/cmd/apigen -package config -model model/service-2.json -event-source config.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -time-layout "Jan 2, 2006 3:04:05 PM" -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package config -model model/service-2.json -event-source config.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -time-layout "Jan 2, 2006 3:04:05 PM" -o zz_plain_test.go
