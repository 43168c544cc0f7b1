// Generated from Schemas/sop.schema.json; EmbeddedSchemaTests keeps it in sync
// (`SOPC_ACCEPT=1 swift test --filter EmbeddedSchemaTests` rewrites it). Do not edit by hand.

/// The SOP JSON Schema, compiled into the binary so `sopc validate` needs no file beside it.
public enum EmbeddedSchema {
    /// The text of Schemas/sop.schema.json.
    public static let text = #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://sopc.dev/schemas/sop.schema.json",
  "title": "SOP document (sopc model, version 1)",
  "description": "One Indonesian government SOP (SOP AP, Permenpan RB 35/2012) as read by sopc. Every key is always written; absent scalars are null and absent lists are [], never \"\".",
  "type": "object",
  "required": [
    "schemaVersion",
    "source",
    "organization",
    "address",
    "metadata",
    "legalBasis",
    "summary",
    "purpose",
    "qualifications",
    "relatedSops",
    "equipment",
    "warnings",
    "records",
    "definitions",
    "procedures",
    "diagnostics"
  ],
  "additionalProperties": false,
  "properties": {
    "schemaVersion": {
      "description": "Version of this model.",
      "const": 1
    },
    "source": {
      "description": "Where the document came from.",
      "$ref": "#/$defs/source"
    },
    "organization": {
      "description": "Letterhead lines naming the issuing body, top-down.",
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      }
    },
    "address": {
      "description": "Letterhead address, or null.",
      "type": ["string", "null"],
      "minLength": 1
    },
    "metadata": {
      "description": "Identity fields of the SOP.",
      "$ref": "#/$defs/metadata"
    },
    "legalBasis": {
      "description": "Dasar Hukum, one entry per regulation.",
      "type": "array",
      "items": {
        "$ref": "#/$defs/legalBasisEntry"
      }
    },
    "summary": {
      "description": "Penjelasan Singkat, or null.",
      "type": ["string", "null"],
      "minLength": 1
    },
    "purpose": {
      "description": "Tujuan.",
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      }
    },
    "qualifications": {
      "description": "Kualifikasi Pelaksana.",
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      }
    },
    "relatedSops": {
      "description": "Keterkaitan.",
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      }
    },
    "equipment": {
      "description": "Peralatan / Perlengkapan, in item-number order.",
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      }
    },
    "warnings": {
      "description": "Peringatan.",
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      }
    },
    "records": {
      "description": "Pencatatan dan Pendataan.",
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      }
    },
    "definitions": {
      "description": "Definisi entries.",
      "type": "array",
      "items": {
        "$ref": "#/$defs/definition"
      }
    },
    "procedures": {
      "description": "One entry per procedure table.",
      "type": "array",
      "items": {
        "$ref": "#/$defs/procedure"
      }
    },
    "diagnostics": {
      "description": "What the reader noticed.",
      "type": "array",
      "items": {
        "$ref": "#/$defs/diagnostic"
      }
    }
  },
  "$defs": {
    "source": {
      "description": "Where the document came from and how its text was laid out.",
      "type": "object",
      "required": ["path", "sha256", "layout"],
      "additionalProperties": false,
      "properties": {
        "path": {
          "description": "Path of the source text as given to the reader.",
          "type": "string",
          "minLength": 1
        },
        "sha256": {
          "description": "SHA-256 of the source bytes, 64 lowercase hex digits.",
          "type": "string",
          "pattern": "^[0-9a-f]{64}$"
        },
        "layout": {
          "description": "How the procedure tables reached the reader: tab-separated cells, Markdown pipe tables, space-aligned columns, or raw OCR with columns lost.",
          "type": "string",
          "enum": ["tabbed", "markdown", "aligned", "flattened"]
        }
      }
    },
    "metadata": {
      "description": "Identity fields of the SOP: Nomor, Nama, the three dates and the approver.",
      "type": "object",
      "required": ["number", "title", "created", "revised", "effective", "approvedBy"],
      "additionalProperties": false,
      "properties": {
        "number": {
          "description": "Nomor SOP as written, placeholders kept (\"700/ /2024\"), or null.",
          "type": ["string", "null"],
          "minLength": 1
        },
        "title": {
          "description": "Nama SOP, or null.",
          "type": ["string", "null"],
          "minLength": 1
        },
        "created": {
          "description": "Tanggal Pembuatan. ISO 8601 calendar date (yyyy-mm-dd), or null when absent or not a date.",
          "type": ["string", "null"],
          "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
        },
        "revised": {
          "description": "Tanggal Revisi. ISO 8601 calendar date (yyyy-mm-dd), or null when absent or not a date.",
          "type": ["string", "null"],
          "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
        },
        "effective": {
          "description": "Tanggal Efektif. ISO 8601 calendar date (yyyy-mm-dd), or null when absent or not a date.",
          "type": ["string", "null"],
          "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
        },
        "approvedBy": {
          "description": "Disahkan Oleh, merged with the closing signature block.",
          "$ref": "#/$defs/approver"
        }
      }
    },
    "approver": {
      "description": "The official who signed the SOP.",
      "type": "object",
      "required": ["position", "name", "rank", "nip"],
      "additionalProperties": false,
      "properties": {
        "position": {
          "description": "Jabatan, or null.",
          "type": ["string", "null"],
          "minLength": 1
        },
        "name": {
          "description": "Name with academic titles as written, or null.",
          "type": ["string", "null"],
          "minLength": 1
        },
        "rank": {
          "description": "Pangkat/golongan, e.g. \"Pembina Utama Muda (IV/c)\", or null.",
          "type": ["string", "null"],
          "minLength": 1
        },
        "nip": {
          "description": "NIP, digits only with spaces removed (normally 18 digits; a NIP of another length is kept as printed and flagged by a lint rule), or null.",
          "type": ["string", "null"],
          "pattern": "^[0-9]+$"
        }
      }
    },
    "legalBasisEntry": {
      "description": "One regulation of the Dasar Hukum list.",
      "type": "object",
      "required": ["text", "kind", "issuer", "number", "year", "subject", "amends", "amendedBy", "line"],
      "additionalProperties": false,
      "properties": {
        "text": {
          "description": "The entry as written, list marker removed.",
          "type": "string",
          "minLength": 1
        },
        "kind": {
          "description": "Canonical kind of regulation with abbreviations expanded (\"Peraturan Daerah\"), or null.",
          "type": ["string", "null"],
          "minLength": 1
        },
        "issuer": {
          "description": "Issuing body (\"Kabupaten Klungkung\"), or null.",
          "type": ["string", "null"],
          "minLength": 1
        },
        "number": {
          "description": "Regulation number as a string without leading zeros, OCR letters repaired, or null.",
          "type": ["string", "null"],
          "minLength": 1
        },
        "year": {
          "description": "Year of enactment (Tahun), four digits, or null.",
          "type": ["integer", "null"],
          "minimum": 1000,
          "maximum": 9999
        },
        "subject": {
          "description": "Subject after \"tentang\", or null.",
          "type": ["string", "null"],
          "minLength": 1
        },
        "amends": {
          "description": "Regulations this entry says it changes (\"Perubahan Atas ...\").",
          "type": "array",
          "items": {
            "$ref": "#/$defs/regulationReference"
          }
        },
        "amendedBy": {
          "description": "Regulations the entry says changed it (\"sebagaimana telah diubah dengan ...\").",
          "type": "array",
          "items": {
            "$ref": "#/$defs/regulationReference"
          }
        },
        "line": {
          "description": "Source line of the entry, or null when unknown.",
          "type": ["integer", "null"],
          "minimum": 1
        }
      }
    },
    "regulationReference": {
      "description": "A regulation named inside another entry's text.",
      "type": "object",
      "required": ["kind", "number", "year"],
      "additionalProperties": false,
      "properties": {
        "kind": {
          "description": "Canonical kind of regulation with abbreviations expanded (\"Peraturan Daerah\"), or null.",
          "type": ["string", "null"],
          "minLength": 1
        },
        "number": {
          "description": "Regulation number as a string without leading zeros, OCR letters repaired, or null.",
          "type": ["string", "null"],
          "minLength": 1
        },
        "year": {
          "description": "Year of enactment (Tahun), four digits, or null.",
          "type": ["integer", "null"],
          "minimum": 1000,
          "maximum": 9999
        }
      }
    },
    "definition": {
      "description": "One Definisi entry: a term and its meaning.",
      "type": "object",
      "required": ["term", "meaning"],
      "additionalProperties": false,
      "properties": {
        "term": {
          "description": "The defined term.",
          "type": "string",
          "minLength": 1
        },
        "meaning": {
          "description": "What the term means.",
          "type": "string",
          "minLength": 1
        }
      }
    },
    "procedure": {
      "description": "One procedure table; a table continued over pages is one procedure.",
      "type": "object",
      "required": ["title", "actors", "steps", "line"],
      "additionalProperties": false,
      "properties": {
        "title": {
          "description": "Heading above the table, or null.",
          "type": ["string", "null"],
          "minLength": 1
        },
        "actors": {
          "description": "Pelaksana columns, left to right.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/actor"
          }
        },
        "steps": {
          "description": "Table rows in order.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/step"
          }
        },
        "line": {
          "description": "Source line of the table header, or null when unknown.",
          "type": ["integer", "null"],
          "minimum": 1
        }
      }
    },
    "actor": {
      "description": "A Pelaksana column.",
      "type": "object",
      "required": ["id", "name"],
      "additionalProperties": false,
      "properties": {
        "id": {
          "description": "Kebab-case slug of the name, unique within the procedure.",
          "type": "string",
          "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
        },
        "name": {
          "description": "Column heading as written.",
          "type": "string",
          "minLength": 1
        }
      }
    },
    "step": {
      "description": "One row of a procedure table.",
      "type": "object",
      "required": [
        "number",
        "activity",
        "actors",
        "actorEvidence",
        "inputs",
        "duration",
        "outputs",
        "notes",
        "decision",
        "line"
      ],
      "additionalProperties": false,
      "properties": {
        "number": {
          "description": "Step number as printed; unnumbered rows get the previous number + 1.",
          "type": "integer",
          "minimum": 1
        },
        "activity": {
          "description": "Kegiatan / Aktivitas.",
          "type": "string",
          "minLength": 1
        },
        "actors": {
          "description": "Ids of the actors performing the step; empty when not determinable.",
          "type": "array",
          "items": {
            "type": "string",
            "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
          }
        },
        "actorEvidence": {
          "description": "How the reader knows who performs the step.",
          "type": "string",
          "enum": ["mark", "named", "chain", "inferred", "unresolved"]
        },
        "inputs": {
          "description": "Kelengkapan / Persyaratan items.",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          }
        },
        "duration": {
          "description": "Waktu, or null when the cell is empty.",
          "anyOf": [
            {
              "$ref": "#/$defs/duration"
            },
            {
              "type": "null"
            }
          ]
        },
        "outputs": {
          "description": "Output items.",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          }
        },
        "notes": {
          "description": "Keterangan, or null.",
          "type": ["string", "null"],
          "minLength": 1
        },
        "decision": {
          "description": "Branch targets when the step branches, otherwise null.",
          "anyOf": [
            {
              "$ref": "#/$defs/decision"
            },
            {
              "type": "null"
            }
          ]
        },
        "line": {
          "description": "Source line where the row starts, or null when unknown.",
          "type": ["integer", "null"],
          "minimum": 1
        }
      }
    },
    "duration": {
      "description": "Waktu: \"2-3 Hari Kerja\", \"60 Menit per OPD\".",
      "type": "object",
      "required": ["text", "min", "max", "unit", "workingDays", "per"],
      "additionalProperties": false,
      "properties": {
        "text": {
          "description": "The duration as written.",
          "type": "string",
          "minLength": 1
        },
        "min": {
          "description": "Lower bound, or null when not stated.",
          "type": ["number", "null"],
          "minimum": 0
        },
        "max": {
          "description": "Upper bound, or null when not stated.",
          "type": ["number", "null"],
          "minimum": 0
        },
        "unit": {
          "description": "Time unit, or null when not recognised.",
          "type": ["string", "null"],
          "enum": ["minute", "hour", "day", "week", "month", "year", null]
        },
        "workingDays": {
          "description": "True for \"Hari Kerja\".",
          "type": "boolean"
        },
        "per": {
          "description": "The counted thing of \"per OPD\", \"per berkas\", or null.",
          "type": ["string", "null"],
          "minLength": 1
        }
      }
    },
    "decision": {
      "description": "Where a branching step goes: step numbers, null where the text does not say.",
      "type": "object",
      "required": ["yes", "no"],
      "additionalProperties": false,
      "properties": {
        "yes": {
          "description": "Step number of the yes branch, or null.",
          "type": ["integer", "null"],
          "minimum": 1
        },
        "no": {
          "description": "Step number of the no branch, or null.",
          "type": ["integer", "null"],
          "minimum": 1
        }
      }
    },
    "diagnostic": {
      "description": "Something the reader noticed; never silently dropped.",
      "type": "object",
      "required": ["severity", "code", "message", "line", "column"],
      "additionalProperties": false,
      "properties": {
        "severity": {
          "description": "How serious the finding is.",
          "type": "string",
          "enum": ["error", "warning", "note"]
        },
        "code": {
          "description": "Stable kebab-case identifier.",
          "type": "string",
          "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
        },
        "message": {
          "description": "Human-readable explanation.",
          "type": "string",
          "minLength": 1
        },
        "line": {
          "description": "1-based source line, or null when not tied to a line.",
          "type": ["integer", "null"],
          "minimum": 1
        },
        "column": {
          "description": "1-based source column, or null when not tied to a column.",
          "type": ["integer", "null"],
          "minimum": 1
        }
      }
    }
  }
}
"""#
}
