// Errors raised by the template engine. Messages follow Go's text/template wording:
//   parse: "template: <name>:<line>: <message>"
//   exec:  "template: <name>:<line>:<col>: executing \"<tmpl>\" at <<node>>: <message>"

/** A template source could not be parsed. */
export class ParseError extends Error {
  override name = "ParseError";
}

/** A parsed template failed while executing (bad data, function error, limits). */
export class ExecError extends Error {
  override name = "ExecError";
}

/** Thrown by template functions to report an error the way a Go function returns one. */
export class FuncError extends Error {
  override name = "FuncError";
}
