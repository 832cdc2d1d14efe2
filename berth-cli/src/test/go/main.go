// Command goldengen executes Go text/template cases with docker's template functions and prints
// one JSON result per case. Input: JSON lines {"t": template, "d": data, "header": bool}.
// Integral JSON numbers become int, others float64; an object {"__row__": {...}} becomes a
// *formatter.imageContext.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"text/template"

	"goldengen/formatter"
)

var functions = template.FuncMap{
	"json": func(v interface{}) string {
		buf := &bytes.Buffer{}
		enc := json.NewEncoder(buf)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(v)
		return strings.TrimSpace(buf.String())
	},
	"split": strings.Split,
	"join":  strings.Join,
	"title": strings.Title,
	"lower": strings.ToLower,
	"upper": strings.ToUpper,
	"pad": func(s string, prefix, suffix int) string {
		if s == "" {
			return s
		}
		return strings.Repeat(" ", prefix) + s + strings.Repeat(" ", suffix)
	},
	"truncate": func(s string, n int) string {
		if len(s) < n {
			return s
		}
		return s[:n]
	},
}

var headerFunctions = template.FuncMap{
	"json":     func(v string) string { return v },
	"split":    func(v string, _ string) string { return v },
	"join":     func(v string, _ string) string { return v },
	"title":    func(v string) string { return v },
	"lower":    func(v string) string { return v },
	"upper":    func(v string) string { return v },
	"truncate": func(v string, _ int) string { return v },
}

type testCase struct {
	T          string          `json:"t"`
	D          json.RawMessage `json:"d"`
	Header     bool            `json:"header"`
	MissingErr bool            `json:"missingerr"`
}

type result struct {
	Out  string `json:"out"`
	Perr string `json:"perr,omitempty"`
	Eerr string `json:"eerr,omitempty"`
}

func convert(v interface{}) interface{} {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return int(i)
		}
		f, _ := x.Float64()
		return f
	case []interface{}:
		for i := range x {
			x[i] = convert(x[i])
		}
		return x
	case map[string]interface{}:
		if row, ok := x["__row__"].(map[string]interface{}); ok {
			fields := map[string]string{}
			for k, v := range row {
				fields[k], _ = v.(string)
			}
			return formatter.NewImageContext(fields)
		}
		for k := range x {
			x[k] = convert(x[k])
		}
		return x
	}
	return v
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<24)
	out := json.NewEncoder(os.Stdout)
	for in.Scan() {
		var tc testCase
		if err := json.Unmarshal(in.Bytes(), &tc); err != nil {
			panic(err)
		}
		var data interface{}
		dec := json.NewDecoder(bytes.NewReader(tc.D))
		dec.UseNumber()
		if len(tc.D) > 0 {
			if err := dec.Decode(&data); err != nil {
				panic(err)
			}
		}
		data = convert(data)
		var res result
		tmpl, err := template.New("").Funcs(functions).Parse(tc.T)
		if err != nil {
			res.Perr = err.Error()
			_ = out.Encode(res)
			continue
		}
		if tc.MissingErr {
			tmpl = tmpl.Option("missingkey=error")
		}
		if tc.Header {
			tmpl = tmpl.Funcs(headerFunctions)
		}
		buf := &bytes.Buffer{}
		if err := tmpl.Execute(buf, data); err != nil {
			res.Eerr = err.Error()
		}
		res.Out = buf.String()
		_ = out.Encode(res)
	}
}
