"""What the CLI's commands do beyond the pipeline: `init` (`scaffold`, `workflow`), `serve`,
and how results are told (`output`)."""
