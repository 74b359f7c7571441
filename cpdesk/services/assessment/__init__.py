"""An assessment and what it holds: companies, the team and tasks, the flow chart,
balances, waste streams, options with their appraisal, attachments and the trainee's guide."""
