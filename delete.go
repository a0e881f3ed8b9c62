package cloudtrail

// Setting a field to its zero value does not remove the member: a decoded "errorCode" set to ""
// encodes as "errorCode":"", since empty and absent are kept apart. Delete removes it, which is how
// a test turns a real record into its negative case.

// Delete removes the member with this JSON name, such as "errorCode" or "sessionContext", so that
// the encoding has no such key: a known field is set to its zero value, an unknown member leaves
// Extra. It reports whether the member was there.
func (e *Event) Delete(member string) bool { return eventCodec.Delete(e, member) }

// Delete removes the member with this JSON name; see Event.Delete.
func (r *Resource) Delete(member string) bool { return resourceCodec.Delete(r, member) }

// Delete removes the member with this JSON name; see Event.Delete.
func (a *Addendum) Delete(member string) bool { return addendumCodec.Delete(a, member) }

// Delete removes the member with this JSON name; see Event.Delete.
func (t *TLSDetails) Delete(member string) bool { return tlsDetailsCodec.Delete(t, member) }

// Delete removes the member with this JSON name; see Event.Delete.
func (u *UserIdentity) Delete(member string) bool { return userIdentityCodec.Delete(u, member) }

// Delete removes the member with this JSON name; see Event.Delete.
func (c *SessionContext) Delete(member string) bool { return sessionContextCodec.Delete(c, member) }

// Delete removes the member with this JSON name; see Event.Delete.
func (i *SessionIssuer) Delete(member string) bool { return sessionIssuerCodec.Delete(i, member) }

// Delete removes the member with this JSON name; see Event.Delete.
func (w *WebIDFederationData) Delete(member string) bool {
	return webIDFederationDataCodec.Delete(w, member)
}

// Delete removes the member with this JSON name; see Event.Delete.
func (a *SessionAttributes) Delete(member string) bool {
	return sessionAttributesCodec.Delete(a, member)
}

// Delete removes the member with this JSON name; see Event.Delete.
func (d *InvokedByDelegate) Delete(member string) bool {
	return invokedByDelegateCodec.Delete(d, member)
}

// Delete removes the member with this JSON name; see Event.Delete.
func (o *OnBehalfOf) Delete(member string) bool { return onBehalfOfCodec.Delete(o, member) }

// Delete removes the member with this JSON name; see Event.Delete.
func (i *InScopeOf) Delete(member string) bool { return inScopeOfCodec.Delete(i, member) }

// Delete removes the member with this JSON name; see Event.Delete.
func (d *InsightDetails) Delete(member string) bool { return insightDetailsCodec.Delete(d, member) }

// Delete removes the member with this JSON name; see Event.Delete.
func (c *InsightContext) Delete(member string) bool { return insightContextCodec.Delete(c, member) }

// Delete removes the member with this JSON name; see Event.Delete.
func (s *InsightStatistics) Delete(member string) bool {
	return insightStatisticsCodec.Delete(s, member)
}

// Delete removes the member with this JSON name; see Event.Delete.
func (a *InsightAverage) Delete(member string) bool { return insightAverageCodec.Delete(a, member) }

// Delete removes the member with this JSON name; see Event.Delete.
func (a *InsightAttribution) Delete(member string) bool {
	return insightAttributionCodec.Delete(a, member)
}

// Delete removes the member with this JSON name; see Event.Delete.
func (v *AttributeValue) Delete(member string) bool { return attributeValueCodec.Delete(v, member) }
