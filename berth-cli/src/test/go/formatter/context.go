// Package formatter holds a stand-in for docker's row contexts so that error messages name
// "*formatter.imageContext" exactly as the docker CLI does.
package formatter

import "encoding/json"

type imageContext struct {
	fields map[string]string
}

// NewImageContext wraps string fields as a row object.
func NewImageContext(fields map[string]string) interface{} {
	return &imageContext{fields: fields}
}

func (c *imageContext) Repository() string { return c.fields["Repository"] }
func (c *imageContext) Tag() string        { return c.fields["Tag"] }
func (c *imageContext) ID() string         { return c.fields["ID"] }
func (c *imageContext) Size() string       { return c.fields["Size"] }

// Label looks up "label.<name>".
func (c *imageContext) Label(name string) string { return c.fields["label."+name] }

// MarshalJSON writes the accessor values as a sorted, HTML-escaped object.
func (c *imageContext) MarshalJSON() ([]byte, error) {
	m := map[string]string{"ID": c.ID(), "Repository": c.Repository(), "Size": c.Size(), "Tag": c.Tag()}
	return json.Marshal(m)
}
