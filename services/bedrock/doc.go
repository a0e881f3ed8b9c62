// Package bedrock types the CloudTrail records of Amazon Bedrock (eventSource bedrock.amazonaws.com):
// the calls of its four APIs, which CloudTrail records under the one eventSource: Bedrock's control
// plane (models, customization jobs, guardrails, invocation logging), the runtime (InvokeModel,
// Converse, ApplyGuardrail), Agents for Bedrock (agents, knowledge bases, flows) and its runtime
// (InvokeAgent, Retrieve). Each operation's requestParameters and responseElements are generated
// from the API models, losslessly like the cloudtrail package's own types.
//
// Types of the three other APIs whose names Bedrock's own has are named behind their API:
// RuntimeX, AgentX, AgentRuntimeX. Six operation names are in more than one API (TagResource,
// UntagResource, ListTagsForResource, PutResourcePolicy, GetResourcePolicy, DeleteResourcePolicy);
// Bedrock's records carry no apiVersion to tell them apart, so they are typed as Bedrock's own,
// whose members the others' mostly share, and what differs stays in Extra.
//
// Parse turns an event into its operation's type; switch on the concrete type. The detections it
// makes easy: guardrails deleted or weakened (DeleteGuardrail, UpdateGuardrail), model invocation
// logging turned off (DeleteModelInvocationLoggingConfiguration), models invoked by identities that
// never did before (InvokeModel, Converse), resource policies that open a resource to others.
package bedrock

//go:generate go run ../../internal/apigen/cmd/apigen -package bedrock -model model/bedrock.json -also-model model/bedrock-runtime.json=Runtime -also-model model/bedrock-agent.json=Agent -also-model model/bedrock-agent-runtime.json=AgentRuntime -event-source bedrock.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape ResourcePolicyDocument -policy-shape ResourcePolicy -o zz_generated.go
//go:generate go run ../../internal/apigen/cmd/apigen -plain -package bedrock -model model/bedrock.json -also-model model/bedrock-runtime.json=Runtime -also-model model/bedrock-agent.json=Agent -also-model model/bedrock-agent-runtime.json=AgentRuntime -event-source bedrock.amazonaws.com -time-layout "Jan 2, 2006, 3:04:05 PM" -policy-shape ResourcePolicyDocument -policy-shape ResourcePolicy -o zz_plain_test.go
