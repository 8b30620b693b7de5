package keys

// Keys shared by the service.
const (
	Request = "request_id"
	Bad     = "requestID"
)
