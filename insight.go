package cloudtrail

import (
	"encoding/json"

	"github.com/trailtype/cloudtrail/internal/lossless"
)

// InsightDetails describes an unusual rate of API calls or errors found by CloudTrail Insights.
type InsightDetails struct {
	// State is Start or End.
	State InsightState `json:"state,omitempty"`
	// EventSource is the service whose calls the insight is about.
	EventSource string `json:"eventSource,omitempty"`
	// EventName is the API whose calls the insight is about.
	EventName string `json:"eventName,omitempty"`
	// InsightType is ApiCallRateInsight or ApiErrorRateInsight.
	InsightType InsightType `json:"insightType,omitempty"`
	// ErrorCode is the error code an error-rate insight is about.
	ErrorCode string `json:"errorCode,omitempty"`
	// InsightContext holds the statistics and attributions.
	InsightContext *InsightContext `json:"insightContext,omitempty"`
	// Extra holds members this package does not model.
	Extra map[string]json.RawMessage `json:"-"`

	// Layout keeps how the JSON looked; it never counts when values are compared (see Layout).
	Layout Layout `json:"-"`
}

// InsightContext holds an insight's statistics and the attributions that explain it.
type InsightContext struct {
	// Statistics compares the insight period with the baseline.
	Statistics *InsightStatistics `json:"statistics,omitempty"`
	// Attributions break the insight down by user identity ARN, user agent or error code.
	Attributions []InsightAttribution `json:"attributions,omitempty"`
	// Extra holds members this package does not model.
	Extra map[string]json.RawMessage `json:"-"`

	// Layout keeps how the JSON looked; it never counts when values are compared (see Layout).
	Layout Layout `json:"-"`
}

// InsightStatistics compares the average rate during an insight with the baseline.
type InsightStatistics struct {
	// Baseline is the normal average rate.
	Baseline *InsightAverage `json:"baseline,omitempty"`
	// Insight is the average rate during the insight.
	Insight *InsightAverage `json:"insight,omitempty"`
	// InsightDuration is the insight's length in minutes.
	InsightDuration int64 `json:"insightDuration,omitempty"`
	// BaselineDuration is the baseline's length in minutes.
	BaselineDuration int64 `json:"baselineDuration,omitempty"`
	// Extra holds members this package does not model.
	Extra map[string]json.RawMessage `json:"-"`

	// Layout keeps how the JSON looked; it never counts when values are compared (see Layout).
	Layout Layout `json:"-"`
}

// InsightAverage is an average rate of calls or errors a minute.
type InsightAverage struct {
	// Average is the rate; CloudTrail may write it in exponent notation, which is kept on encoding.
	Average float64 `json:"average"`
	// Extra holds members this package does not model.
	Extra map[string]json.RawMessage `json:"-"`

	// Layout keeps how the JSON looked; it never counts when values are compared (see Layout).
	Layout Layout `json:"-"`
}

// InsightAttribution lists the top values of one attribute during the insight and the baseline.
type InsightAttribution struct {
	// Attribute is "userIdentityArn", "userAgent" or "errorCode".
	Attribute string `json:"attribute,omitempty"`
	// Insight lists the top values during the insight.
	Insight []AttributeValue `json:"insight,omitempty"`
	// Baseline lists the top values during the baseline.
	Baseline []AttributeValue `json:"baseline,omitempty"`
	// Extra holds members this package does not model.
	Extra map[string]json.RawMessage `json:"-"`

	// Layout keeps how the JSON looked; it never counts when values are compared (see Layout).
	Layout Layout `json:"-"`
}

// AttributeValue is one attribute value and its average rate. An error code attribution with no
// error has the string "null" as its value.
type AttributeValue struct {
	// Value is the attribute's value.
	Value string `json:"value,omitempty"`
	// Average is its average rate.
	Average float64 `json:"average"`
	// Extra holds members this package does not model.
	Extra map[string]json.RawMessage `json:"-"`

	// Layout keeps how the JSON looked; it never counts when values are compared (see Layout).
	Layout Layout `json:"-"`
}

var insightDetailsCodec = lossless.NewCodec(
	func(d *InsightDetails) *lossless.Layout { return &d.Layout },
	func(d *InsightDetails) *map[string]json.RawMessage { return &d.Extra },
	lossless.String("state", func(d *InsightDetails) *InsightState { return &d.State }),
	lossless.String("eventSource", func(d *InsightDetails) *string { return &d.EventSource }),
	lossless.String("eventName", func(d *InsightDetails) *string { return &d.EventName }),
	lossless.String("insightType", func(d *InsightDetails) *InsightType { return &d.InsightType }),
	lossless.String("errorCode", func(d *InsightDetails) *string { return &d.ErrorCode }),
	lossless.Object("insightContext", func(d *InsightDetails) **InsightContext { return &d.InsightContext }, insightContextCodec),
)

var insightContextCodec = lossless.NewCodec(
	func(c *InsightContext) *lossless.Layout { return &c.Layout },
	func(c *InsightContext) *map[string]json.RawMessage { return &c.Extra },
	lossless.Object("statistics", func(c *InsightContext) **InsightStatistics { return &c.Statistics }, insightStatisticsCodec),
	lossless.Slice("attributions", func(c *InsightContext) *[]InsightAttribution { return &c.Attributions }, insightAttributionCodec),
)

var insightStatisticsCodec = lossless.NewCodec(
	func(s *InsightStatistics) *lossless.Layout { return &s.Layout },
	func(s *InsightStatistics) *map[string]json.RawMessage { return &s.Extra },
	lossless.Object("baseline", func(s *InsightStatistics) **InsightAverage { return &s.Baseline }, insightAverageCodec),
	lossless.Object("insight", func(s *InsightStatistics) **InsightAverage { return &s.Insight }, insightAverageCodec),
	lossless.Int("insightDuration", func(s *InsightStatistics) *int64 { return &s.InsightDuration }),
	lossless.Int("baselineDuration", func(s *InsightStatistics) *int64 { return &s.BaselineDuration }),
)

var insightAverageCodec = lossless.NewCodec(
	func(a *InsightAverage) *lossless.Layout { return &a.Layout },
	func(a *InsightAverage) *map[string]json.RawMessage { return &a.Extra },
	lossless.Float("average", func(a *InsightAverage) *float64 { return &a.Average }),
)

var insightAttributionCodec = lossless.NewCodec(
	func(a *InsightAttribution) *lossless.Layout { return &a.Layout },
	func(a *InsightAttribution) *map[string]json.RawMessage { return &a.Extra },
	lossless.String("attribute", func(a *InsightAttribution) *string { return &a.Attribute }),
	lossless.Slice("insight", func(a *InsightAttribution) *[]AttributeValue { return &a.Insight }, attributeValueCodec),
	lossless.Slice("baseline", func(a *InsightAttribution) *[]AttributeValue { return &a.Baseline }, attributeValueCodec),
)

var attributeValueCodec = lossless.NewCodec(
	func(v *AttributeValue) *lossless.Layout { return &v.Layout },
	func(v *AttributeValue) *map[string]json.RawMessage { return &v.Extra },
	lossless.String("value", func(v *AttributeValue) *string { return &v.Value }),
	lossless.Float("average", func(v *AttributeValue) *float64 { return &v.Average }),
)

// MarshalJSON encodes the insight details losslessly.
func (d InsightDetails) MarshalJSON() ([]byte, error) { return insightDetailsCodec.Marshal(&d) }

// UnmarshalJSON decodes an insightDetails object.
func (d *InsightDetails) UnmarshalJSON(data []byte) error {
	return insightDetailsCodec.UnmarshalCopy(d, data)
}

// MarshalJSON encodes the insight context losslessly.
func (c InsightContext) MarshalJSON() ([]byte, error) { return insightContextCodec.Marshal(&c) }

// UnmarshalJSON decodes an insightContext object.
func (c *InsightContext) UnmarshalJSON(data []byte) error {
	return insightContextCodec.UnmarshalCopy(c, data)
}

// MarshalJSON encodes the statistics losslessly.
func (s InsightStatistics) MarshalJSON() ([]byte, error) { return insightStatisticsCodec.Marshal(&s) }

// UnmarshalJSON decodes a statistics object.
func (s *InsightStatistics) UnmarshalJSON(data []byte) error {
	return insightStatisticsCodec.UnmarshalCopy(s, data)
}

// MarshalJSON encodes the average losslessly.
func (a InsightAverage) MarshalJSON() ([]byte, error) { return insightAverageCodec.Marshal(&a) }

// UnmarshalJSON decodes an average object.
func (a *InsightAverage) UnmarshalJSON(data []byte) error {
	return insightAverageCodec.UnmarshalCopy(a, data)
}

// MarshalJSON encodes the attribution losslessly.
func (a InsightAttribution) MarshalJSON() ([]byte, error) {
	return insightAttributionCodec.Marshal(&a)
}

// UnmarshalJSON decodes an attribution object.
func (a *InsightAttribution) UnmarshalJSON(data []byte) error {
	return insightAttributionCodec.UnmarshalCopy(a, data)
}

// MarshalJSON encodes the value losslessly.
func (v AttributeValue) MarshalJSON() ([]byte, error) { return attributeValueCodec.Marshal(&v) }

// UnmarshalJSON decodes an attribution value object.
func (v *AttributeValue) UnmarshalJSON(data []byte) error {
	return attributeValueCodec.UnmarshalCopy(v, data)
}
