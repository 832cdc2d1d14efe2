#!/usr/bin/env python3
"""Writes template-cases.jsonl: hand-picked templates plus seeded random ones.

Regenerate goldens (needs Go, stdlib only):
  cd berth-cli/src/test/go && python3 cases/gen_cases.py > ../resources/dev/berth/cli/format/template-cases.jsonl
  GOFLAGS=-mod=mod GOPROXY=off go run . < ../resources/dev/berth/cli/format/template-cases.jsonl \
      > ../resources/dev/berth/cli/format/template-goldens.jsonl
"""
import json
import random

D = {
    "Big": 67108864.5, "BigInt": 67108864, "Empty": "", "EmptyList": [], "EmptyMap": {},
    "F": 3.5, "Fl": False, "Ints": [1, 2, 3], "List": ["x", "y", "z"],
    "Map": {"a": "1", "b": "2", "c": "3"}, "Mixed": ["a", 1, True, None, 2.5],
    "Name": "web", "Neg": -7, "Nested": {"Inner": {"Deep": "yes"}, "L": [{"k": "v1"}, {"k": "v2"}]},
    "Nil": None, "Num": 42, "S": "a<b>&\"c\"\t\\", "Small": 0.0001234, "T": True,
    "Uni": "héllo wörld 日本", "Whole": 2.0, "Zero": 0,
}
ROW = {"__row__": {"ID": "5ab5b79d5ed8", "Repository": "example.com/team/app", "Tag": "<none>",
                   "Size": "1.98MB", "label.x": "lx"}}
HEADER = {"ID": "IMAGE ID", "Repository": "REPOSITORY", "Tag": "TAG", "Size": "SIZE"}

cases = []


def add(t, d=D, **kw):
    c = {"t": t, "d": d}
    c.update(kw)
    cases.append(c)


# fields, printing of every kind
for f in ["Name", "Num", "Neg", "F", "Big", "BigInt", "Small", "Zero", "T", "Fl", "S", "Empty", "List",
          "Ints", "Mixed", "Map", "Nested", "Nil", "EmptyList", "EmptyMap", "Uni", "Whole", "Missing"]:
    add("{{.%s}}" % f)
    add("{{json .%s}}" % f)
    add("{{printf \"%%v|%%s|%%d|%%q|%%T\" .%s .%s .%s .%s .%s}}" % (f, f, f, f, f))
    add("{{if .%s}}yes{{else}}no{{end}}" % f)
    add("{{len .%s}}" % f)
add("{{.}}")
add("{{json .}}")
add("{{.Nested.Inner.Deep}} {{.Nested.Inner.Nope}} {{.Nested.L}}")
add("{{.Missing.Deeper}}")
add("{{.Nil.X}}")
add("{{.Name.X}}")
add("{{.Num.X}}")
add("{{(.Nested).Inner.Deep}}")
add("{{with .Nested}}{{.Inner.Deep}}{{end}}")
add("{{with .Empty}}x{{else}}empty{{end}}")
add("{{range .List}}[{{.}}]{{end}}")
add("{{range $i, $v := .List}}{{$i}}={{$v}} {{end}}")
add("{{range $v := .Ints}}{{$v}},{{end}}")
add("{{range $k, $v := .Map}}{{$k}}:{{$v}};{{end}}")
add("{{range .EmptyList}}x{{else}}none{{end}}")
add("{{range .Nil}}x{{else}}nil{{end}}")
add("{{range .Missing}}x{{else}}missing{{end}}")
add("{{range .Name}}x{{end}}")
add("{{range .Nested.L}}{{.k}} {{end}}")
add("{{range $i, $e := .Nested.L}}{{if $i}}, {{end}}{{$e.k}}{{end}}")
add("{{range .List}}{{if eq . \"y\"}}{{break}}{{end}}{{.}}{{end}}")
add("{{range .List}}{{if eq . \"y\"}}{{continue}}{{end}}{{.}}{{end}}")
add("{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}")
add("{{$x := .Name}}{{$x}}-{{$}}")
add("{{$.Name}} {{$.Nested.Inner.Deep}}")
add("{{- /* comment */ -}} a {{- .Name -}} b")
add("  x  {{- .Name}}  {{.Name -}}  y  ")
add("{{/* only a comment */}}")
add("a{{\"b\"}}c{{`raw\\n`}}d")
add("{{1}} {{-1}} {{1.5}} {{1e3}} {{0x1F}} {{0o17}} {{0b101}} {{'a'}} {{1_000}} {{.5}} {{true}} {{false}}")
add("{{nil}}")
add("{{print nil}} {{print 1 2}} {{print \"a\" \"b\"}} {{print 1 \"a\" 2}} {{println 1 \"a\"}}")
add("{{println}}")
add("{{printf \"%5s|%-5s|%05d|%x|%X|%o|%b|%c|%U|%e|%E|%f|%.2f|%g|%G|%8.3f|%+d|% d|%t\" \"ab\" \"ab\" 42 255 255 8 5 65 65 1234.5678 1234.5678 3.14159 3.14159 0.000012 1e21 3.14159 5 5 true}}")
add("{{printf \"%d %s\" 1}}")
add("{{printf \"%d\" 1 2 \"x\"}}")
add("{{printf \"%d\" \"x\"}} {{printf \"%s\" 3}} {{printf \"%z\" 3}} {{printf \"%!\"}} {{printf \"%\"}}")
add("{{printf \"%v %v\" .List .Map}} {{printf \"%q\" .List}} {{printf \"%5v\" .Ints}} {{printf \"%x\" \"hi\"}} {{printf \"% x\" \"hi\"}}")
add("{{printf \"%#v\" 1}} {{printf \"%#x\" 255}} {{printf \"%#q\" \"a`b\"}} {{printf \"%#q\" \"ab\"}} {{printf \"%+q\" \"日本\"}}")
add("{{printf \"%.3s|%.0d|%.5d|%8.2e|%-8d|\" \"abcdef\" 0 42 123456.0 7}}")
add("{{printf \"%*d|%-*d|%.*f\" 5 1 5 2 2 3.14159}}")
add("{{printf \"%[2]d %[1]d\" 1 2}}")
add("{{printf \"%v %v %v %v %v %v\" 1e6 1e-5 123456789.0 0.1 100000.0 1e20}}")
add("{{printf \"%g %g %g %.3g %.3g %.3g %.10g\" 1e6 1e21 1e-7 999500.0 1.0 0.0001234 3.0}}")
add("{{printf \"%e %.0e %.1f %.0f %.0f %.0f\" 0.0 15.0 0.05 0.5 1.5 2.5}}")
add("{{printf \"%s\" .Nil}} {{printf \"%d\" .Missing}} {{printf \"%v\" .Missing}}")
add("{{len \"héllo\"}} {{len .List}} {{len .Map}}")
add("{{len .Nil}}")
add("{{len 3}}")
add("{{index .List 1}} {{index .Map \"b\"}} {{index .Nested \"Inner\" \"Deep\"}} {{index \"abc\" 1}} {{index .Map \"zz\"}}")
add("{{index .List 5}}")
add("{{index .List \"a\"}}")
add("{{index .Map 1}}")
add("{{index .Num 1}}")
add("{{index .Nil 1}}")
add("{{slice .List 1}} {{slice .List 1 2}} {{slice \"abcdef\" 2 4}} {{slice .List}}")
add("{{slice .List 2 1}}")
add("{{not true}} {{not .Empty}} {{not .List}} {{not 0}}")
add("{{and 1 2}} {{and 0 2}} {{or 0 \"\" 3}} {{or 0 \"\"}} {{and .Name .Num}} {{or .Nil .Name}}")
add("{{and}}")
add("{{eq 1 1}} {{eq 1 2 3 1}} {{eq \"a\" \"a\"}} {{eq .Name \"web\"}} {{ne 1 2}} {{eq .Nil .Missing}} {{eq .T true}}")
add("{{eq 1 \"a\"}}")
add("{{eq 1 1.0}}")
add("{{eq .List .List}}")
add("{{eq 1}}")
add("{{lt 1 2}} {{le 2 2}} {{gt \"b\" \"a\"}} {{ge 1.5 2.5}} {{lt \"B\" \"a\"}}")
add("{{lt true false}}")
add("{{lt 1 \"a\"}}")
add("{{lt 1 .Nil}}")
add("{{html \"<a href='x'>&\\\"\"}} {{js \"it's <b> & \\\"q\\\" =\"}} {{urlquery \"a b&c=d/é\"}}")
add("{{html 1 2}} {{urlquery .List}}")
add("{{.Name | printf \"%s!\"}} {{\"x\" | printf \"%s-%s\" \"y\"}} {{3 | len}}")
add("{{.Name | upper | lower}}")
add("{{1 | 2}}")
add("{{upper .Name}} {{lower \"ÀBC\"}} {{title \"hello world-foo_bar ünïcode\"}} {{title \"élan vital\"}}")
add("{{split \"a,b,,c\" \",\"}} {{split \"abc\" \"\"}} {{split \"\" \",\"}} {{join (split \"a.b.c\" \".\") \"+\"}} {{len (split \"a b\" \" \")}}")
add("{{join .List \", \"}}")
add("{{join .Mixed \",\"}}")
add("[{{pad .Name 2 3}}] [{{pad .Empty 2 3}}] [{{pad \"x\" 0 0}}]")
add("{{truncate .Name 2}} {{truncate .Name 3}} {{truncate .Name 10}} {{truncate \"日本語\" 3}}")
add("{{upper .Num}}")
add("{{upper 3}}")
add("{{upper .Missing}}")
add("{{upper .Nil}}")
add("{{pad .Name \"a\" 1}}")
add("{{pad .Name .Name 1}}")
add("{{truncate .Name 1.5}}")
add("{{upper}}")
add("{{upper 1 2}}")
add("{{json .S}} {{json .Uni}} {{json 1.5}} {{json .Big}} {{json .Small}} {{json 1e21}} {{json 1e-7}} {{json .Whole}}")
add("{{json \"\\u2028\\u0001<>&\"}}")
# variables, pipelines, parens
add("{{$a := .List}}{{$b := index $a 0}}{{$b}}{{len $a}}")
add("{{(printf \"%s-%s\" .Name \"x\") | upper}}")
add("{{(index .Nested.L 0).k}}")
add("{{if and .Name (eq .Num 42)}}ok{{end}}")
add("{{if .Nil}}a{{else if .Num}}b{{else}}c{{end}}")
add("{{if .Nil}}a{{else if .Zero}}b{{else}}c{{end}}")
add("{{with $x := .Name}}{{$x}}{{end}}")
add("{{define \"T\"}}<{{.}}>{{end}}{{template \"T\" .Name}}{{template \"T\" 3}}")
add("{{template \"nope\"}}")
add("{{block \"B\" .Name}}[{{.}}]{{end}}")
# rows and headers
add("{{.ID}} {{.Repository}} {{.Tag}} {{.Size}}", ROW)
add("{{json .}}", ROW)
add("{{.Bogus}}", ROW)
add("x {{.ID}}\n{{.Tag.X}}", ROW)
add("{{.Label \"x\"}}|{{.Label \"y\"}}", ROW)
add("{{.ID 1}}", ROW)
add("{{upper .Repository}}|{{truncate .ID 5}}|{{json .Tag}}|{{printf \"%5s\" .Tag}}|{{len .Tag}}", ROW)
add("{{.Repository}}\t{{.Tag}}\t{{.Bogus}}", HEADER, header=True)
add("{{upper .Repository}}|{{json .Size}}|{{split .Tag \"x\"}}|{{truncate .ID 5}}|{{pad .Tag 1 2}}|{{len .ID}}|{{printf \"%s!\" .ID}}|{{join .ID \",\"}}", HEADER, header=True)
add("{{.Repository.X}}", HEADER, header=True)
add("{{.Nope}}", D, missingerr=True)
add("{{.Nested.Nope}}", D, missingerr=True)
add("{{.Missing.X}}", D, missingerr=True)
# parse errors
for t in ["{{.ID", "{{.ID}", "{{nope}}", "{{nope 1}}", "{{if .X}}", "{{end}}", "{{else}}", "{{if}}{{end}}",
          "{{range}}{{end}}", "{{.X | }}", "{{| .X}}", "{{$x}}", "{{$x := 1}}{{$y}}", "{{(.X}}", "{{.X)}}",
          "{{\"abc}}", "{{`abc}}", "{{'ab'}}", "{{1a}}", "{{.X.}}", "{{.X!}}", "{{@}}", "{{break}}",
          "{{continue}}", "{{if 1}}{{else}}{{else}}{{end}}", "{{range .X}}{{else if 1}}{{end}}",
          "{{/* x */ .X}}", "{{/* x", "{{.X 1 | 2}}", "{{1 | .X}}", "{{\"a\".X}}", "{{nil.X}}",
          "{{99999999999999999999}}", "{{089}}", "{{0x}}", "{{.X = 1}}", "{{$x = 1}}",
          "line1\n{{.X\n\n", "a\n{{if .X}}\n{{end", "{{range $a, $b, $c := .X}}{{end}}",
          "{{with $a, $b := .X}}{{end}}", "{{template \"x\" }}{{template 1}}", "{{define \"x\"}}a{{end}}{{define \"x\"}}b{{end}}",
          "{{\"\\q\"}}", "{{.X:=1}}", "{{.X :1}}", "{{-3}}{{- 3}}{{3 -}}", "{{ .X -}}{{- }}", "{{}}", "{{ }}",
          "{{if .X}}{{end}}{{end}}", "{{printf \"%d\" (1)}}", "{{(1) 2}}", "{{printf}}", "{{18446744073709551615}}",
          "{{1.5.X}}", "{{.X.Y 1}}", "{{$.X}}{{$ }}", "{{ $ }}"]:
    add(t)

# seeded random templates over the data
rnd = random.Random(20250530)
FIELDS = [".Name", ".Num", ".Neg", ".F", ".T", ".Fl", ".S", ".Empty", ".List", ".Ints", ".Map",
          ".Nested.Inner.Deep", ".Nil", ".Missing", ".Zero", ".Uni", ".Whole", ".Big", ".Small"]
LITS = ["1", "0", "-3", "2.5", "\"a\"", "\"web\"", "true", "false", "\"\"", "'x'"]
FUNCS1 = ["len", "not", "json", "upper", "lower", "title", "print", "println", "html", "js", "urlquery"]
FUNCS2 = ["eq", "ne", "lt", "le", "gt", "ge", "and", "or", "index", "printf \"%v-%v\"", "print", "split", "join",
          "truncate", "printf \"%5.2v|%-4v\""]


def operand(depth):
    r = rnd.random()
    if r < 0.45:
        return rnd.choice(FIELDS)
    if r < 0.75 or depth > 2:
        return rnd.choice(LITS)
    return "(" + expr(depth + 1) + ")"


def expr(depth=0):
    r = rnd.random()
    if r < 0.3:
        return operand(depth)
    if r < 0.6:
        return rnd.choice(FUNCS1) + " " + operand(depth)
    e = rnd.choice(FUNCS2) + " " + operand(depth) + " " + operand(depth)
    if rnd.random() < 0.2:
        e += " | " + rnd.choice(["print", "len", "printf \"<%v>\"", "not", "upper"])
    return e


def block(depth=0):
    r = rnd.random()
    if r < 0.5 or depth > 1:
        return "{{" + expr() + "}}"
    if r < 0.7:
        return "{{if " + expr() + "}}" + block(depth + 1) + "{{else}}" + block(depth + 1) + "{{end}}"
    if r < 0.85:
        return "{{range $i, $v := " + rnd.choice([".List", ".Ints", ".Map", ".Nested.L", ".Nil", ".EmptyList"]) + \
            "}}{{$i}}:" + block(depth + 1) + ";{{end}}"
    return "{{with " + operand(0) + "}}" + block(depth + 1) + "{{end}}"


for _ in range(400):
    add(" ".join(block() for _ in range(rnd.randint(1, 3))))

for c in cases:
    print(json.dumps(c, sort_keys=True, ensure_ascii=False))
