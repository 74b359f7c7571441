<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>About</name>
    <message>
        <source>Cleaner Production assessments in factories, offline: flow charts, measurements, water and energy balances, CP options with their feasibility and CO₂, reports for the company and the national CP centre.</source>
        <translation>Cleaner Production assessments in factories, offline: flow charts, measurements, water and energy balances, CP options with their feasibility and CO₂, reports for the company and the national CP centre.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Log file: %1</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>MIT licence</translation>
    </message>
    <message>
        <source>About cpdesk</source>
        <translation>About cpdesk</translation>
    </message>
</context>
<context>
    <name>AppraisalModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Payback, years</source>
        <translation>Payback, years</translation>
    </message>
    <message>
        <source>Discounted payback, years</source>
        <translation>Discounted payback, years</translation>
    </message>
    <message>
        <source>NPV, %1</source>
        <translation>NPV, %1</translation>
    </message>
    <message>
        <source>IRR, %</source>
        <translation>IRR, %</translation>
    </message>
    <message>
        <source>NPV range ±20 %, %1</source>
        <translation>NPV range ±20 %, %1</translation>
    </message>
    <message>
        <source>NPV with investment +20 % and savings −20 %, and the other way round</source>
        <translation>NPV with investment +20 % and savings −20 %, and the other way round</translation>
    </message>
    <message>
        <source>CO₂ avoided, t/yr</source>
        <translation>CO₂ avoided, t/yr</translation>
    </message>
    <message>
        <source>Factor set: %1</source>
        <translation>Factor set: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>AssessmentModel</name>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Tasks done</translation>
    </message>
</context>
<context>
    <name>AssessmentWorkspace</name>
    <message>
        <source>Overview</source>
        <extracomment>The assessment's tasks counted done (marked, and their checks pass) and marked done, once the progress panel has counted them: the header's one count.</extracomment>
        <translation>Overview</translation>
    </message>
    <message>
        <source>CP team</source>
        <translation>CP team</translation>
    </message>
    <message>
        <source>Process steps</source>
        <translation>Process steps</translation>
    </message>
    <message>
        <source>Flow chart</source>
        <translation>Flow chart</translation>
    </message>
    <message>
        <source>Streams and readings</source>
        <translation>Streams and readings</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Balances</translation>
    </message>
    <message>
        <source>Waste costs and causes</source>
        <translation>Waste costs and causes</translation>
    </message>
    <message>
        <source>Options and feasibility</source>
        <translation>Options and feasibility</translation>
    </message>
    <message>
        <source>Implementation and monitoring</source>
        <translation>Implementation and monitoring</translation>
    </message>
    <message>
        <source>Monitoring and verification</source>
        <translation>Monitoring and verification</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>Photos and files</translation>
    </message>
    <message>
        <source>Loggers</source>
        <translation>Loggers</translation>
    </message>
    <message>
        <source>Tasks %1 of the method</source>
        <translation>Tasks %1 of the method</translation>
    </message>
    <message>
        <source>programme %1</source>
        <translation>programme %1</translation>
    </message>
    <message>
        <source>%1 of 18 tasks done</source>
        <translation>%1 of 18 tasks done</translation>
    </message>
    <message>
        <source>(%1 more marked done, with checks still open)</source>
        <translation>(%1 more marked done, with checks still open)</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Attached to</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>New files are attached to this; the gallery shows its files</source>
        <translation>New files are attached to this; the gallery shows its files</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Attach to:</source>
        <translation>Attach to:</translation>
    </message>
    <message>
        <source>Photos of meters, leaks and equipment, logger files, invoices. They are kept in the database and travel with the assessment. Drag files here from the file manager; F2 edits a caption.</source>
        <translation>Photos of meters, leaks and equipment, logger files, invoices. They are kept in the database and travel with the assessment. Drag files here from the file manager; F2 edits a caption.</translation>
    </message>
    <message>
        <source>No photos or files here yet. Add photos of meters, leaks and equipment, logger files and invoices, or drag them here from the file manager.</source>
        <translation>No photos or files here yet. Add photos of meters, leaks and equipment, logger files and invoices, or drag them here from the file manager.</translation>
    </message>
    <message>
        <source>Add a photo or file…</source>
        <translation>Add a photo or file…</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>Photos and files</translation>
    </message>
    <message>
        <source>All files of the assessment</source>
        <translation>All files of the assessment</translation>
    </message>
    <message>
        <source>The assessment itself</source>
        <translation>The assessment itself</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Step: %1</translation>
    </message>
    <message>
        <source>Stream: %1</source>
        <translation>Stream: %1</translation>
    </message>
    <message>
        <source>Option: %1</source>
        <translation>Option: %1</translation>
    </message>
    <message>
        <source>Attach %1 files</source>
        <translation>Attach %1 files</translation>
    </message>
    <message>
        <source>Attached %1 files</source>
        <translation>Attached %1 files</translation>
    </message>
    <message>
        <source>Attach photos or files</source>
        <translation>Attach photos or files</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Days attended</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restore from &amp;backup…</translation>
    </message>
    <message>
        <source>Restore the database, or one assessment, from a backup copy</source>
        <translation>Restore the database, or one assessment, from a backup copy</translation>
    </message>
    <message>
        <source>&amp;Deleted items…</source>
        <translation>&amp;Deleted items…</translation>
    </message>
    <message>
        <source>Bring back a deleted assessment</source>
        <translation>Bring back a deleted assessment</translation>
    </message>
    <message>
        <source>“%1” restored from the copy of %2; the undo history was cleared</source>
        <translation>“%1” restored from the copy of %2; the undo history was cleared</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>No automatic backup of a server database</source>
        <extracomment>Milliseconds after the window shows before the copy at start. How often the keeper is asked whether a copy is due.</extracomment>
        <translation>No automatic backup of a server database</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Backup failed: %1</translation>
    </message>
    <message>
        <source>No backup: see the message</source>
        <translation>No backup: see the message</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Backed up %1</source>
        <translation>Backed up %1</translation>
    </message>
    <message>
        <source>second place not reached</source>
        <translation>second place not reached</translation>
    </message>
</context>
<context>
    <name>BackupSettingsBox</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>recent</source>
        <translation>recent</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>weekly</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>A USB stick or a synced folder (optional)</source>
        <translation>A USB stick or a synced folder (optional)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Encrypt the copies to this installation's key</source>
        <translation>Encrypt the copies to this installation's key</translation>
    </message>
    <message>
        <source>Copies are taken at start, every 30 minutes of work and at close, into %1. An encrypted copy is of no use to whoever finds it, and can be restored only with this installation's key (keys/installation.key in the data folder): keep a copy of that file.</source>
        <translation>Copies are taken at start, every 30 minutes of work and at close, into %1. An encrypted copy is of no use to whoever finds it, and can be restored only with this installation's key (keys/installation.key in the data folder): keep a copy of that file.</translation>
    </message>
    <message>
        <source>Copies kept</source>
        <translation>Copies kept</translation>
    </message>
    <message>
        <source>Second place for the day's copy</source>
        <translation>Second place for the day's copy</translation>
    </message>
    <message>
        <source>Second place</source>
        <translation>Second place</translation>
    </message>
</context>
<context>
    <name>BalanceBarsView</name>
    <message>
        <source>Whole plant</source>
        <extracomment>Put before the name and the closure of a group that holds a flagged reading. the text beside each group, in the order of ``groups``</extracomment>
        <translation>Whole plant</translation>
    </message>
    <message>
        <source>Water balance by step, %1 per year</source>
        <translation>Water balance by step, %1 per year</translation>
    </message>
    <message>
        <source>Energy balance by step, %1 per year</source>
        <translation>Energy balance by step, %1 per year</translation>
    </message>
    <message>
        <source>Inputs, measured</source>
        <translation>Inputs, measured</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <source>Inputs, reconciled</source>
        <translation>Inputs, reconciled</translation>
    </message>
    <message>
        <source>Outputs, measured</source>
        <translation>Outputs, measured</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <source>Outputs, reconciled</source>
        <translation>Outputs, reconciled</translation>
    </message>
    <message>
        <source>Unaccounted</source>
        <translation>Unaccounted</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>no inputs measured</source>
        <translation>no inputs measured</translation>
    </message>
    <message>
        <source>no outputs in this balance</source>
        <translation>no outputs in this balance</translation>
    </message>
    <message>
        <source>outputs not measured</source>
        <translation>outputs not measured</translation>
    </message>
    <message>
        <source>unaccounted %1 %</source>
        <translation>unaccounted %1 %</translation>
    </message>
    <message>
        <source>inputs %1, outputs %2, unaccounted %3</source>
        <translation>inputs %1, outputs %2, unaccounted %3</translation>
    </message>
    <message>
        <source>reconciled: inputs %1, outputs %2</source>
        <translation>reconciled: inputs %1, outputs %2</translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation>not measured: %1</translation>
    </message>
    <message>
        <source>readings flagged as gross errors: %1</source>
        <translation>readings flagged as gross errors: %1</translation>
    </message>
</context>
<context>
    <name>BalanceTreeModel</name>
    <message>
        <source>Step / stream</source>
        <extracomment>The roles this model answers; a view asks each cell for more (decoration, check state, colours, size hint), which are answered before any lookup. Every figure may have changed, the rows have not: views repaint. The language of the reconciliation's terms (the catalogue's, as the report says them). The texts of a row's cells, by (parent's id, row): made once per balance shown.</extracomment>
        <translation>Step / stream</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Unaccounted</source>
        <translation>Unaccounted</translation>
    </message>
    <message>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plant boundary</source>
        <translation>Plant boundary</translation>
    </message>
    <message>
        <source>%1 unmeasured</source>
        <translation>%1 unmeasured</translation>
    </message>
    <message>
        <source>Reconciled: unaccounted %1 %</source>
        <translation>Reconciled: unaccounted %1 %</translation>
    </message>
    <message>
        <source>Flagged: the adjustment of this reading is too large to be chance (gross error test)</source>
        <translation>Flagged: the adjustment of this reading is too large to be chance (gross error test)</translation>
    </message>
    <message>
        <source>Suspected: serial elimination of gross errors drops this reading</source>
        <translation>Suspected: serial elimination of gross errors drops this reading</translation>
    </message>
    <message>
        <source>Unaccounted, %</source>
        <translation>Unaccounted, %</translation>
    </message>
    <message>
        <source>Held at 0: the other readings would make this flow negative</source>
        <translation>Held at 0: the other readings would make this flow negative</translation>
    </message>
</context>
<context>
    <name>BalancesSection</name>
    <message>
        <source>Water balance</source>
        <extracomment>The tables show a new balance (after an edit, a carrier change or a reconciliation).</extracomment>
        <translation>Water balance</translation>
    </message>
    <message>
        <source>Energy balance</source>
        <translation>Energy balance</translation>
    </message>
    <message>
        <source>Show reconciled values</source>
        <translation>Show reconciled values</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Reconcile</translation>
    </message>
    <message>
        <source>Adjust the readings so that every step balances, and test them for gross errors (Ctrl+R)</source>
        <translation>Adjust the readings so that every step balances, and test them for gross errors (Ctrl+R)</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Balances</translation>
    </message>
    <message>
        <source>Reading the flow chart and its readings…</source>
        <translation>Reading the flow chart and its readings…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Reconciling the balance</source>
        <translation>Reconciling the balance</translation>
    </message>
    <message>
        <source>Reconciling the readings…</source>
        <translation>Reconciling the readings…</translation>
    </message>
    <message>
        <source>The balance cannot be computed: %1</source>
        <translation>The balance cannot be computed: %1</translation>
    </message>
    <message>
        <source>Task 5: every reading brought to a year through the operating hours, days, batches and production. Unaccounted, % is the share of what enters a step that is not found leaving it (0 % is a closed balance).</source>
        <translation>Task 5: every reading brought to a year through the operating hours, days, batches and production. Unaccounted, % is the share of what enters a step that is not found leaving it (0 % is a closed balance).</translation>
    </message>
    <message>
        <source>No streams for this balance yet. The balance adds up the readings of the streams that enter and leave each step: add the streams and record their readings.</source>
        <translation>No streams for this balance yet. The balance adds up the readings of the streams that enter and leave each step: add the streams and record their readings.</translation>
    </message>
    <message>
        <source>Add a stream</source>
        <translation>Add a stream</translation>
    </message>
    <message>
        <source>Nothing to balance yet. The balance adds up the readings of the streams that enter and leave each process step: list the steps first.</source>
        <translation>Nothing to balance yet. The balance adds up the readings of the streams that enter and leave each process step: list the steps first.</translation>
    </message>
    <message>
        <source>Add a process step</source>
        <translation>Add a process step</translation>
    </message>
    <message>
        <source>Plant: in %1, out %2, unaccounted %3 %4 per year (%5 % of the inputs).</source>
        <translation>Plant: in %1, out %2, unaccounted %3 %4 per year (%5 % of the inputs).</translation>
    </message>
    <message>
        <source>Plant: in %1, out %2, unaccounted %3 %4 per year.</source>
        <translation>Plant: in %1, out %2, unaccounted %3 %4 per year.</translation>
    </message>
    <message>
        <source>Unmeasured streams: %1.</source>
        <translation>Unmeasured streams: %1.</translation>
    </message>
    <message>
        <source>Specific consumption: %1 %2/%3.</source>
        <translation>Specific consumption: %1 %2/%3.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Reconciliation: χ² = %1 with %2 degrees of freedom, p = %3: %4.</source>
        <translation>Reconciliation: χ² = %1 with %2 degrees of freedom, p = %3: %4.</translation>
    </message>
    <message>
        <source>Most likely wrong: %1.</source>
        <translation>Most likely wrong: %1.</translation>
    </message>
    <message>
        <source>Factor set: %1.</source>
        <translation>Factor set: %1.</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>passes</translation>
    </message>
    <message>
        <source>still fails</source>
        <translation>still fails</translation>
    </message>
    <message>
        <source>Suspected by serial elimination of gross errors: %1; without them the test %2.</source>
        <translation>Suspected by serial elimination of gross errors: %1; without them the test %2.</translation>
    </message>
    <message>
        <source>Held at 0 (the other readings would make them negative): %1.</source>
        <translation>Held at 0 (the other readings would make them negative): %1.</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Options proposed</source>
        <translation>Options proposed</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Implemented</translation>
    </message>
    <message>
        <source>Investment, USD</source>
        <translation>Investment, USD</translation>
    </message>
    <message>
        <source>Savings, USD/yr</source>
        <translation>Savings, USD/yr</translation>
    </message>
    <message>
        <source>CO₂ avoided, t/yr</source>
        <translation>CO₂ avoided, t/yr</translation>
    </message>
</context>
<context>
    <name>CalculationFollower</name>
    <message>
        <source>The assessment's figures no longer match %1 calculation(s); they are recalculated after your next edit.</source>
        <extracomment>the selected option's calculation, in one line the last recalculations, said until the assessment is closed</extracomment>
        <translation>The assessment's figures no longer match %1 calculation(s); they are recalculated after your next edit.</translation>
    </message>
    <message>
        <source>Recalculate savings</source>
        <translation>Recalculate savings</translation>
    </message>
    <message>
        <source>Savings typed. “Calculate saving…” works them out from the plant's figures.</source>
        <translation>Savings typed. “Calculate saving…” works them out from the plant's figures.</translation>
    </message>
    <message>
        <source>Savings calculated: %1, on %2.</source>
        <translation>Savings calculated: %1, on %2.</translation>
    </message>
    <message>
        <source>Savings typed over the calculation (%1, on %2).</source>
        <translation>Savings typed over the calculation (%1, on %2).</translation>
    </message>
    <message>
        <source>The assessment no longer has the figure for %1: the result is the last one computed.</source>
        <translation>The assessment no longer has the figure for %1: the result is the last one computed.</translation>
    </message>
    <message>
        <source>Select the option first.</source>
        <translation>Select the option first.</translation>
    </message>
</context>
<context>
    <name>CalculatorDialog</name>
    <message>
        <source>typed</source>
        <extracomment>The units offered for an input, by the unit its calculation takes (any other may be typed).</extracomment>
        <translation>typed</translation>
    </message>
    <message>
        <source>Calculate saving: %1</source>
        <translation>Calculate saving: %1</translation>
    </message>
    <message>
        <source>Use this result</source>
        <extracomment>typed, or a waste stream's value lost per unit of the saving (offered per its unit)</extracomment>
        <translation>Use this result</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Calculator</translation>
    </message>
    <message>
        <source>Boiler fuel</source>
        <translation>Boiler fuel</translation>
    </message>
    <message>
        <source>Price of the saving</source>
        <translation>Price of the saving</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Saves: %1</source>
        <translation>Saves: %1</translation>
    </message>
    <message>
        <source>Annual savings: %1</source>
        <translation>Annual savings: %1</translation>
    </message>
    <message>
        <source>Calculate saving of %1</source>
        <translation>Calculate saving of %1</translation>
    </message>
</context>
<context>
    <name>CalculatorPlot</name>
    <message>
        <source>Heat loss against insulation thickness</source>
        <extracomment>Insulation thicknesses drawn (mm). Flows drawn, as shares of the design flow. The most readings of a logged series drawn (every n-th beyond). The colour of each state of a compressor.</extracomment>
        <translation>Heat loss against insulation thickness</translation>
    </message>
    <message>
        <source>Thickness, mm</source>
        <translation>Thickness, mm</translation>
    </message>
    <message>
        <source>Heat loss, W/m</source>
        <translation>Heat loss, W/m</translation>
    </message>
    <message>
        <source>Heat loss</source>
        <translation>Heat loss</translation>
    </message>
    <message>
        <source>This thickness</source>
        <translation>This thickness</translation>
    </message>
    <message>
        <source>Pump and system curves</source>
        <translation>Pump and system curves</translation>
    </message>
    <message>
        <source>Flow, % of design</source>
        <translation>Flow, % of design</translation>
    </message>
    <message>
        <source>Head, m</source>
        <translation>Head, m</translation>
    </message>
    <message>
        <source>Pump, full speed</source>
        <translation>Pump, full speed</translation>
    </message>
    <message>
        <source>Pump with the drive, %1 % speed</source>
        <translation>Pump with the drive, %1 % speed</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Loaded</translation>
    </message>
    <message>
        <source>Unloaded</source>
        <translation>Unloaded</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Compressor power by state</source>
        <translation>Compressor power by state</translation>
    </message>
    <message>
        <source>Time, h</source>
        <translation>Time, h</translation>
    </message>
    <message>
        <source>Power, kW</source>
        <translation>Power, kW</translation>
    </message>
</context>
<context>
    <name>CauseModel</name>
    <message>
        <source>Waste stream</source>
        <translation>Waste stream</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>CentreWindows</name>
    <message>
        <source>Training &amp;records…</source>
        <translation>Training &amp;records…</translation>
    </message>
    <message>
        <source>The centre's &amp;year…</source>
        <translation>The centre's &amp;year…</translation>
    </message>
    <message>
        <source>The centre's &amp;indicators…</source>
        <translation>The centre's &amp;indicators…</translation>
    </message>
</context>
<context>
    <name>CentreYearDialog</name>
    <message>
        <source>The centre's year</source>
        <translation>The centre's year</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Print PDF page…</source>
        <translation>&amp;Print PDF page…</translation>
    </message>
    <message>
        <source>The year's figures on one page, as a PDF file</source>
        <translation>The year's figures on one page, as a PDF file</translation>
    </message>
    <message>
        <source>Training courses</source>
        <translation>Training courses</translation>
    </message>
    <message>
        <source>Person-days of training</source>
        <translation>Person-days of training</translation>
    </message>
    <message>
        <source>Workshops and awareness seminars</source>
        <translation>Workshops and awareness seminars</translation>
    </message>
    <message>
        <source>Person-days of workshops</source>
        <translation>Person-days of workshops</translation>
    </message>
    <message>
        <source>Trainees certified since the start</source>
        <translation>Trainees certified since the start</translation>
    </message>
    <message>
        <source>In-depth programme person-days since the start</source>
        <translation>In-depth programme person-days since the start</translation>
    </message>
    <message>
        <source>Awareness seminar participants since the start</source>
        <translation>Awareness seminar participants since the start</translation>
    </message>
    <message>
        <source>CP assessments completed</source>
        <translation>CP assessments completed</translation>
    </message>
    <message>
        <source>CP assessments converted to full assessments</source>
        <translation>CP assessments converted to full assessments</translation>
    </message>
    <message>
        <source>The scope weights of the assessments completed in %1 added up: a full assessment counts 1, a follow-up visit or a short assessment a fraction of one (its weight, entered by the centre).</source>
        <translation>The scope weights of the assessments completed in %1 added up: a full assessment counts 1, a follow-up visit or a short assessment a fraction of one (its weight, entered by the centre).</translation>
    </message>
    <message>
        <source>Courses of the year</source>
        <translation>Courses of the year</translation>
    </message>
    <message>
        <source>Type a year such as 2004.</source>
        <translation>Type a year such as 2004.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 person-days)</source>
        <translation>%1: %2 (%3 person-days)</translation>
    </message>
    <message>
        <source>Courses with a session in %1 (a course without sessions counts in the year it starts).</source>
        <translation>Courses with a session in %1 (a course without sessions counts in the year it starts).</translation>
    </message>
    <message>
        <source>Counted from %1.</source>
        <translation>Counted from %1.</translation>
    </message>
    <message>
        <source>Attendance: %1; head count × days: %2.</source>
        <translation>Attendance: %1; head count × days: %2.</translation>
    </message>
    <message>
        <source>%1 sessions have no participants recorded and count zero.</source>
        <translation>%1 sessions have no participants recorded and count zero.</translation>
    </message>
    <message>
        <source>Since the start: %1 person-days.</source>
        <translation>Since the start: %1 person-days.</translation>
    </message>
    <message>
        <source>%1 workshops and %2 awareness seminars (%3 participants in the seminars).</source>
        <translation>%1 workshops and %2 awareness seminars (%3 participants in the seminars).</translation>
    </message>
    <message>
        <source>Days × participants of each workshop and seminar, added up (%1 participants).</source>
        <translation>Days × participants of each workshop and seminar, added up (%1 participants).</translation>
    </message>
    <message>
        <source>Different people holding a certificate issued by 31 December %1, %3 of them consultants; %2 certified in %1.</source>
        <translation>Different people holding a certificate issued by 31 December %1, %3 of them consultants; %2 certified in %1.</translation>
    </message>
    <message>
        <source>Sessions of the in-depth sector programmes held by 31 December %1; %2 person-days in %1.</source>
        <translation>Sessions of the in-depth sector programmes held by 31 December %1; %2 person-days in %1.</translation>
    </message>
    <message>
        <source>Participants of the awareness seminars held by 31 December %1; %2 in %1.</source>
        <translation>Participants of the awareness seminars held by 31 December %1; %2 in %1.</translation>
    </message>
    <message>
        <source>Assessments whose end date falls in %1 (trainees' copies of practical modules left out).</source>
        <translation>Assessments whose end date falls in %1 (trainees' copies of practical modules left out).</translation>
    </message>
    <message>
        <source>Figures read from the training records; courses and workshops are entered in Training records.</source>
        <translation>Figures read from the training records; courses and workshops are entered in Training records.</translation>
    </message>
    <message>
        <source>Print PDF page</source>
        <translation>Print PDF page</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>PDF page written: %1</source>
        <translation>PDF page written: %1</translation>
    </message>
    <message>
        <source>Building the page…</source>
        <translation>Building the page…</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing written</source>
        <translation>Printing cancelled; nothing written</translation>
    </message>
</context>
<context>
    <name>CertificateModel</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>Certificate no.</translation>
    </message>
</context>
<context>
    <name>ChangedMeanwhileDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Mine (not saved)</source>
        <translation>Mine (not saved)</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1 (saved)</translation>
    </message>
    <message>
        <source>Reload: show theirs</source>
        <translation>Reload: show theirs</translation>
    </message>
    <message>
        <source>“Undo %1” was not carried out: it would write over their change. Show their version (the step leaves the undo list), undo anyway, or choose field by field.</source>
        <translation>“Undo %1” was not carried out: it would write over their change. Show their version (the step leaves the undo list), undo anyway, or choose field by field.</translation>
    </message>
    <message>
        <source>“Redo %1” was not carried out: it would write over their change. Show their version (the step leaves the redo list), redo anyway, or choose field by field.</source>
        <translation>“Redo %1” was not carried out: it would write over their change. Show their version (the step leaves the redo list), redo anyway, or choose field by field.</translation>
    </message>
    <message>
        <source>Your edit (%1) was not saved. Show their version, save yours anyway, or choose field by field.</source>
        <translation>Your edit (%1) was not saved. Show their version, save yours anyway, or choose field by field.</translation>
    </message>
    <message>
        <source>Undo anyway</source>
        <translation>Undo anyway</translation>
    </message>
    <message>
        <source>Redo anyway</source>
        <translation>Redo anyway</translation>
    </message>
    <message>
        <source>Apply mine anyway</source>
        <translation>Apply mine anyway</translation>
    </message>
    <message>
        <source>the imported version</source>
        <translation>the imported version</translation>
    </message>
</context>
<context>
    <name>CompanyModel</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Company</source>
        <extracomment>The user wants a new assessment of this company (its id).</extracomment>
        <translation>Company</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>New assessment…</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Practical module: results compared</source>
        <translation>Practical module: results compared</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Print to PDF…</source>
        <translation>Print to PDF…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>%1 (reference: %2)</source>
        <translation>%1 (reference: %2)</translation>
    </message>
    <message>
        <source>%1: %2 figures differ</source>
        <translation>%1: %2 figures differ</translation>
    </message>
    <message>
        <source>%1: 1 figure differs</source>
        <translation>%1: 1 figure differs</translation>
    </message>
    <message>
        <source>(results not returned yet)</source>
        <translation>(results not returned yet)</translation>
    </message>
    <message>
        <source>Print comparison to PDF</source>
        <translation>Print comparison to PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <extracomment>A conflict was resolved (its :class:`~cpdesk.services.sync.conflicts.ConflictRow`).</extracomment>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Show resolved ones too</source>
        <translation>Show resolved ones too</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>This database (mine)</source>
        <extracomment>Background of the version the record shows now.</extracomment>
        <translation>This database (mine)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>A resolution is saved at once and sent to the other side with the next export, where it settles this conflict too. It cannot be undone with Ctrl+Z; edit the record to change it again.</source>
        <translation>A resolution is saved at once and sent to the other side with the next export, where it settles this conflict too. It cannot be undone with Ctrl+Z; edit the record to change it again.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <source>Keep the chosen fields</source>
        <translation>Keep the chosen fields</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>kept mine</source>
        <translation>kept mine</translation>
    </message>
    <message>
        <source>kept theirs</source>
        <translation>kept theirs</translation>
    </message>
    <message>
        <source>fields chosen</source>
        <translation>fields chosen</translation>
    </message>
    <message>
        <source>Nothing to resolve.</source>
        <translation>Nothing to resolve.</translation>
    </message>
    <message>
        <source>%1 (theirs)</source>
        <translation>%1 (theirs)</translation>
    </message>
    <message>
        <source>this database's version</source>
        <translation>this database's version</translation>
    </message>
    <message>
        <source>the version of %1</source>
        <translation>the version of %1</translation>
    </message>
    <message>
        <source>The record now shows %1 (shaded).</source>
        <translation>The record now shows %1 (shaded).</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mine</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>theirs</translation>
    </message>
    <message>
        <source>Resolved (%1): %2.</source>
        <translation>Resolved (%1): %2.</translation>
    </message>
</context>
<context>
    <name>CopiesModel</name>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Size (MB)</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>at start</source>
        <translation>at start</translation>
    </message>
    <message>
        <source>every 30 minutes</source>
        <translation>every 30 minutes</translation>
    </message>
    <message>
        <source>at close</source>
        <translation>at close</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
</context>
<context>
    <name>CostSavingsView</name>
    <message>
        <source>payback %1 yr</source>
        <extracomment>bubble diameter (pixels) by option code where each option is drawn: (x on the log axis, savings in the drawn unit)</extracomment>
        <translation>payback %1 yr</translation>
    </message>
    <message>
        <source>Investment, %1 (logarithmic)</source>
        <translation>Investment, %1 (logarithmic)</translation>
    </message>
    <message>
        <source>Annual savings, %1</source>
        <translation>Annual savings, %1</translation>
    </message>
    <message>
        <source>Investment and annual savings (bubble area: CO2 avoided)</source>
        <translation>Investment and annual savings (bubble area: CO2 avoided)</translation>
    </message>
</context>
<context>
    <name>CourseModel</name>
    <message>
        <source>(all sectors)</source>
        <translation>(all sectors)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Person-days</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
</context>
<context>
    <name>CourseYearModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Person-days</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Counted from</translation>
    </message>
</context>
<context>
    <name>DeletedItemsDialog</name>
    <message>
        <source>Deleted items</source>
        <extracomment>An assessment is back (its id).</extracomment>
        <translation>Deleted items</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Bring back</translation>
    </message>
    <message>
        <source>A deleted assessment comes back with everything its deletion took; Ctrl+Z deletes it again. An assessment deleted before the last backups can also be restored from a copy (File &gt; Restore from backup).</source>
        <translation>A deleted assessment comes back with everything its deletion took; Ctrl+Z deletes it again. An assessment deleted before the last backups can also be restored from a copy (File &gt; Restore from backup).</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>deleted %1</translation>
    </message>
    <message>
        <source>No deleted assessments.</source>
        <translation>No deleted assessments.</translation>
    </message>
    <message>
        <source>Bring back %1</source>
        <translation>Bring back %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This record no longer exists (it was deleted).</source>
        <translation>This record no longer exists (it was deleted).</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <source>cpdesk</source>
        <translation>cpdesk</translation>
    </message>
    <message>
        <source>Your data is saved. The details are in the log file.</source>
        <translation>Your data is saved. The details are in the log file.</translation>
    </message>
</context>
<context>
    <name>EvidenceCard</name>
    <message>
        <source>Q1, median and Q3 are the first quartile, the median and the third quartile of the cases' figures; n is how many figures there are. Monitored ÷ estimated: 0.8 means the plants saved a fifth less than estimated. Share of use: the saving in per cent of the plant's annual use of that carrier, from a year of its bills or meter readings before the option.</source>
        <extracomment>The cases behind the figures were asked for.</extracomment>
        <translation>Q1, median and Q3 are the first quartile, the median and the third quartile of the cases' figures; n is how many figures there are. Monitored ÷ estimated: 0.8 means the plants saved a fifth less than estimated. Share of use: the saving in per cent of the plant's annual use of that carrier, from a year of its bills or meter readings before the option.</translation>
    </message>
    <message>
        <source>Cases behind these figures…</source>
        <translation>Cases behind these figures…</translation>
    </message>
    <message>
        <source>List the cases behind these figures: company, assessment, option and saving. Double-click one to open it. Only the centre's installation holds them.</source>
        <translation>List the cases behind these figures: company, assessment, option and saving. Double-click one to open it. Only the centre's installation holds them.</translation>
    </message>
    <message>
        <source>The cases behind the figures stay at the centre: this installation receives the aggregates only, without company names. The centre's own installation lists them.</source>
        <translation>The cases behind the figures stay at the centre: this installation receives the aggregates only, without company names. The centre's own installation lists them.</translation>
    </message>
    <message>
        <source>No case of this type yet.</source>
        <translation>No case of this type yet.</translation>
    </message>
    <message>
        <source>Past cases in the %1 sector</source>
        <translation>Past cases in the %1 sector</translation>
    </message>
    <message>
        <source>Past cases in every sector (too few companies in the %1 sector)</source>
        <translation>Past cases in every sector (too few companies in the %1 sector)</translation>
    </message>
    <message>
        <source>Past cases in every sector</source>
        <translation>Past cases in every sector</translation>
    </message>
    <message>
        <source>Few cases: fewer than 3 companies, so no figure is shown.</source>
        <translation>Few cases: fewer than 3 companies, so no figure is shown.</translation>
    </message>
    <message>
        <source>%1 cases of %2 companies, %3 % implemented.</source>
        <translation>%1 cases of %2 companies, %3 % implemented.</translation>
    </message>
    <message>
        <source>%1 cases in VND without an exchange rate are left out of the USD figures.</source>
        <translation>%1 cases in VND without an exchange rate are left out of the USD figures.</translation>
    </message>
    <message>
        <source>Investment, USD</source>
        <translation>Investment, USD</translation>
    </message>
    <message>
        <source>Savings per year, USD</source>
        <translation>Savings per year, USD</translation>
    </message>
    <message>
        <source>Payback, years</source>
        <translation>Payback, years</translation>
    </message>
    <message>
        <source>Monitored ÷ estimated saving</source>
        <translation>Monitored ÷ estimated saving</translation>
    </message>
    <message>
        <source>Saving, % of the plant's annual use</source>
        <translation>Saving, % of the plant's annual use</translation>
    </message>
    <message>
        <source>After implementation</source>
        <translation>After implementation</translation>
    </message>
    <message>
        <source>Not counted: the centre's pack was built before monitored and verified savings were.</source>
        <translation>Not counted: the centre's pack was built before monitored and verified savings were.</translation>
    </message>
    <message>
        <source>%1 monitored (task 16), %2 verified by measurement.</source>
        <translation>%1 monitored (task 16), %2 verified by measurement.</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export bundle</source>
        <extracomment>The export finished (the :class:`~cpdesk.services.sync.importing.ExportResult`).</extracomment>
        <translation>Export bundle</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>What changed since the last export to this recipient</source>
        <translation>What changed since the last export to this recipient</translation>
    </message>
    <message>
        <source>Everything in this database</source>
        <translation>Everything in this database</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Send to:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Include:</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Nobody in particular (no centre key known yet)</source>
        <translation>Nobody in particular (no centre key known yet)</translation>
    </message>
    <message>
        <source>The centre: %1</source>
        <translation>The centre: %1</translation>
    </message>
    <message>
        <source>Nobody in particular (not encrypted)</source>
        <translation>Nobody in particular (not encrypted)</translation>
    </message>
    <message>
        <source>cpdesk bundles (*.cpdx)</source>
        <translation>cpdesk bundles (*.cpdx)</translation>
    </message>
    <message>
        <source>Counting the records…</source>
        <translation>Counting the records…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 records of %2 kinds will be written.</source>
        <translation>%1 records of %2 kinds will be written.</translation>
    </message>
    <message>
        <source>Nothing changed since the last export to this recipient.</source>
        <translation>Nothing changed since the last export to this recipient.</translation>
    </message>
    <message>
        <source>This database holds no records to export.</source>
        <translation>This database holds no records to export.</translation>
    </message>
    <message>
        <source>Encrypted to %1, key %2: only they can open it.</source>
        <translation>Encrypted to %1, key %2: only they can open it.</translation>
    </message>
    <message>
        <source>No recipient chosen.</source>
        <translation>No recipient chosen.</translation>
    </message>
    <message>
        <source>No centre key is known here yet: import the centre's reference-data pack first.</source>
        <translation>No centre key is known here yet: import the centre's reference-data pack first.</translation>
    </message>
    <message>
        <source>Not encrypted.</source>
        <translation>Not encrypted.</translation>
    </message>
    <message>
        <source>The bundle is signed, but anybody who gets the file can read it.</source>
        <translation>The bundle is signed, but anybody who gets the file can read it.</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Choose where to save the bundle.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist (was the USB stick removed?).</source>
        <translation>The folder %1 does not exist (was the USB stick removed?).</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 exists. Replace it?</translation>
    </message>
    <message>
        <source>Writing, encrypting and reading back the bundle…</source>
        <translation>Writing, encrypting and reading back the bundle…</translation>
    </message>
    <message>
        <source>Written: %1 (%2, bundle #%3).</source>
        <translation>Written: %1 (%2, bundle #%3).</translation>
    </message>
    <message>
        <source>Read back from the disk and compared: all %1 bytes match (SHA-256 %2…).</source>
        <translation>Read back from the disk and compared: all %1 bytes match (SHA-256 %2…).</translation>
    </message>
    <message>
        <source>Read back from the disk and compared: all %1 bytes match (every chunk's tag checked).</source>
        <translation>Read back from the disk and compared: all %1 bytes match (every chunk's tag checked).</translation>
    </message>
    <message>
        <source>Encrypted to %1.</source>
        <translation>Encrypted to %1.</translation>
    </message>
    <message>
        <source>Signed, not encrypted.</source>
        <translation>Signed, not encrypted.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export cancelled: nothing was written.</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(deleted record)</source>
        <translation>(deleted record)</translation>
    </message>
    <message>
        <source>%1 (deleted record)</source>
        <translation>%1 (deleted record)</translation>
    </message>
</context>
<context>
    <name>FigureModel</name>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <source>Flow chart</source>
        <extracomment>Show refused edits in a message box too (a window that shows ``failed`` itself turns this off).</extracomment>
        <translation>Flow chart</translation>
    </message>
    <message>
        <source>Add step %s</source>
        <translation>Add step %s</translation>
    </message>
    <message>
        <source>Add stream %s</source>
        <translation>Add stream %s</translation>
    </message>
    <message>
        <source>Delete from the flow chart</source>
        <translation>Delete from the flow chart</translation>
    </message>
    <message>
        <source>Arrange the flow chart</source>
        <translation>Arrange the flow chart</translation>
    </message>
    <message>
        <source>Move steps</source>
        <translation>Move steps</translation>
    </message>
    <message>
        <source>Edit step %s</source>
        <extracomment>The smallest zoom at which a new box's name is typed: its text at a readable size. Room kept free around a new box.</extracomment>
        <translation>Edit step %s</translation>
    </message>
    <message>
        <source>Edit stream %s</source>
        <translation>Edit stream %s</translation>
    </message>
</context>
<context>
    <name>FlowChartSection</name>
    <message>
        <source>Add step</source>
        <extracomment>The chart follows the editor's changes itself (see FlowChartView); the section only reloads it when the change is not known in detail.</extracomment>
        <translation>Add step</translation>
    </message>
    <message>
        <source>A new process step below the chart; double-click it to rename</source>
        <translation>A new process step below the chart; double-click it to rename</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Arrange</translation>
    </message>
    <message>
        <source>Lay the chart out automatically, left to right</source>
        <translation>Lay the chart out automatically, left to right</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show the whole chart</source>
        <translation>Show the whole chart</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom in (Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom out (Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Save the chart as a PNG image</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Export SVG…</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>Save the chart as an SVG drawing</translation>
    </message>
    <message>
        <source>Task 4: drag from one step to another to draw a stream, from a step to empty space for a stream across the plant boundary; double-click to edit, Delete to remove.</source>
        <translation>Task 4: drag from one step to another to draw a stream, from a step to empty space for a stream across the plant boundary; double-click to edit, Delete to remove.</translation>
    </message>
    <message>
        <source>The flow chart is empty. Add the process steps as boxes, then draw the streams between them.</source>
        <translation>The flow chart is empty. Add the process steps as boxes, then draw the streams between them.</translation>
    </message>
    <message>
        <source>Add the first step</source>
        <translation>Add the first step</translation>
    </message>
    <message>
        <source>Flow chart</source>
        <translation>Flow chart</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Export the flow chart</source>
        <translation>Export the flow chart</translation>
    </message>
    <message>
        <source>Flow chart saved: %1</source>
        <translation>Flow chart saved: %1</translation>
    </message>
    <message>
        <source>Step selected</source>
        <translation>Step selected</translation>
    </message>
    <message>
        <source>Stream selected</source>
        <translation>Stream selected</translation>
    </message>
</context>
<context>
    <name>FlowChartView</name>
    <message>
        <source>plant boundary</source>
        <extracomment>Fit never draws smaller: 9-point names at 6.75 points. A wider chart scrolls instead. Steps placed by the automatic layout, not yet stored.</extracomment>
        <translation>plant boundary</translation>
    </message>
    <message>
        <source>Edit step…</source>
        <translation>Edit step…</translation>
    </message>
    <message>
        <source>Edit stream…</source>
        <translation>Edit stream…</translation>
    </message>
    <message>
        <source>Add process step here…</source>
        <translation>Add process step here…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>Arrange automatically</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Export as PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Export as SVG…</translation>
    </message>
    <message>
        <source>Process flow chart</source>
        <translation>Process flow chart</translation>
    </message>
    <message>
        <source>Export the flow chart</source>
        <translation>Export the flow chart</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
</context>
<context>
    <name>GuidedView</name>
    <message>
        <source>Go to the screen</source>
        <extracomment>Where a finding's record is edited, by entity (options after task 13: implementation). Open the workspace section where the current task is done. Open a record: (section key, entity, record id).</extracomment>
        <translation>Go to the screen</translation>
    </message>
    <message>
        <source>Mark task done</source>
        <translation>Mark task done</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Worksheet</translation>
    </message>
    <message>
        <source>Done: marked done and every check passes.</source>
        <translation>Done: marked done and every check passes.</translation>
    </message>
    <message>
        <source>Marked done, but a check fails: it does not count as done yet.</source>
        <translation>Marked done, but a check fails: it does not count as done yet.</translation>
    </message>
    <message>
        <source>To do: complete what is missing below, then mark the task done.</source>
        <translation>To do: complete what is missing below, then mark the task done.</translation>
    </message>
    <message>
        <source>Nothing is missing: check the warnings below, then mark the task done.</source>
        <translation>Nothing is missing: check the warnings below, then mark the task done.</translation>
    </message>
    <message>
        <source>Click to open the record.</source>
        <translation>Click to open the record.</translation>
    </message>
    <message>
        <source>No finding: every check of this task passes.</source>
        <translation>No finding: every check of this task passes.</translation>
    </message>
    <message>
        <source>Reopen task</source>
        <translation>Reopen task</translation>
    </message>
    <message>
        <source>The task cannot be marked done yet:</source>
        <translation>The task cannot be marked done yet:</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>This window's page of the user guide (F1)</source>
        <translation>This window's page of the user guide (F1)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Programmes</source>
        <extracomment>Companies listed on the page at most: the ones changed last.</extracomment>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Cleaner Production assessments in this database</source>
        <translation>Cleaner Production assessments in this database</translation>
    </message>
    <message>
        <source>The %1 companies changed last of %2. The navigator's search (on the left) finds any company.</source>
        <translation>The %1 companies changed last of %2. The navigator's search (on the left) finds any company.</translation>
    </message>
</context>
<context>
    <name>ImplementationModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation>Implemented on</translation>
    </message>
    <message>
        <source>Savings estimated, %1/yr</source>
        <translation>Savings estimated, %1/yr</translation>
    </message>
    <message>
        <source>Savings monitored, %1/yr</source>
        <translation>Savings monitored, %1/yr</translation>
    </message>
    <message>
        <source>Monitored vs estimated, %</source>
        <translation>Monitored vs estimated, %</translation>
    </message>
</context>
<context>
    <name>ImplementationSection</name>
    <message>
        <source>Selected and implemented options</source>
        <translation>Selected and implemented options</translation>
    </message>
    <message>
        <source>Show every option</source>
        <translation>Show every option</translation>
    </message>
    <message>
        <source>Resources saved: estimated and monitored</source>
        <translation>Resources saved: estimated and monitored</translation>
    </message>
    <message>
        <source>Tasks 14 to 16: mark options implemented with their date, then record the savings measured afterwards beside the estimate.</source>
        <translation>Tasks 14 to 16: mark options implemented with their date, then record the savings measured afterwards beside the estimate.</translation>
    </message>
    <message>
        <source>Implementation and monitoring</source>
        <translation>Implementation and monitoring</translation>
    </message>
    <message>
        <source>No option is selected for implementation yet. Set an option's status to selected once it is found feasible; it is then followed here.</source>
        <translation>No option is selected for implementation yet. Set an option's status to selected once it is found feasible; it is then followed here.</translation>
    </message>
    <message>
        <source>No CP options yet. Options selected for implementation are followed here, with the savings measured afterwards.</source>
        <translation>No CP options yet. Options selected for implementation are followed here, with the savings measured afterwards.</translation>
    </message>
    <message>
        <source>Add the first option</source>
        <translation>Add the first option</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundle</source>
        <extracomment>A bundle was imported (the :class:`~cpdesk.services.sync.importing.ImportReport`). The person wants to see the conflicts the import found.</extracomment>
        <translation>Import bundle</translation>
    </message>
    <message>
        <source>A .cpdx bundle or reference-data pack</source>
        <translation>A .cpdx bundle or reference-data pack</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation>Bundle:</translation>
    </message>
    <message>
        <source>only for the centre's first reference-data pack</source>
        <translation>only for the centre's first reference-data pack</translation>
    </message>
    <message>
        <source>The centre's fingerprint as the centre told it to you (on paper or by phone). It confirms the centre's key the first time; later packs are checked against it.</source>
        <translation>The centre's fingerprint as the centre told it to you (on paper or by phone). It confirms the centre's key the first time; later packs are checked against it.</translation>
    </message>
    <message>
        <source>Centre's fingerprint:</source>
        <translation>Centre's fingerprint:</translation>
    </message>
    <message>
        <source>Choose a bundle: it is checked before anything is written.</source>
        <translation>Choose a bundle: it is checked before anything is written.</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Show conflicts</source>
        <translation>Show conflicts</translation>
    </message>
    <message>
        <source>cpdesk bundles (*.cpdx);;All files (*)</source>
        <translation>cpdesk bundles (*.cpdx);;All files (*)</translation>
    </message>
    <message>
        <source>%1 cannot be found or is not a file.</source>
        <translation>%1 cannot be found or is not a file.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Checking the bundle…</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Importing the bundle…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelled: nothing was imported.</translation>
    </message>
    <message>
        <source>If this is the centre's first reference-data pack, type the centre's fingerprint above, as the centre told it to you, and press Enter.</source>
        <translation>If this is the centre's first reference-data pack, type the centre's fingerprint above, as the centre told it to you, and press Enter.</translation>
    </message>
    <message>
        <source>Rejected: nothing was imported.</source>
        <translation>Rejected: nothing was imported.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Already imported: nothing to do.</source>
        <translation>Already imported: nothing to do.</translation>
    </message>
    <message>
        <source>What the import would do (nothing is written until you press Import):</source>
        <translation>What the import would do (nothing is written until you press Import):</translation>
    </message>
    <message>
        <source>Imported. What changed:</source>
        <translation>Imported. What changed:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 records were changed on both sides: both versions are kept; resolve them in Conflicts.</source>
        <translation>%1 records were changed on both sides: both versions are kept; resolve them in Conflicts.</translation>
    </message>
    <message>
        <source>the centre</source>
        <translation>the centre</translation>
    </message>
    <message>
        <source>the centre, confirmed by the fingerprint you typed</source>
        <translation>the centre, confirmed by the fingerprint you typed</translation>
    </message>
    <message>
        <source>a trusted auditor</source>
        <translation>a trusted auditor</translation>
    </message>
    <message>
        <source>this installation itself</source>
        <translation>this installation itself</translation>
    </message>
    <message>
        <source>reference-data pack</source>
        <translation>reference-data pack</translation>
    </message>
    <message>
        <source>data bundle</source>
        <translation>data bundle</translation>
    </message>
    <message>
        <source>Verified %1.</source>
        <translation>Verified %1.</translation>
    </message>
    <message>
        <source>Signed by %1 (%2), key %3.</source>
        <translation>Signed by %1 (%2), key %3.</translation>
    </message>
    <message>
        <source>Written by %1 on %2 UTC, bundle #%3 of its device.</source>
        <translation>Written by %1 on %2 UTC, bundle #%3 of its device.</translation>
    </message>
    <message>
        <source>Format version %1, database schema %2.</source>
        <translation>Format version %1, database schema %2.</translation>
    </message>
    <message>
        <source>Converted from the older schema.</source>
        <translation>Converted from the older schema.</translation>
    </message>
    <message>
        <source>All %1 files inside match their size and SHA-256; every record was checked.</source>
        <translation>All %1 files inside match their size and SHA-256; every record was checked.</translation>
    </message>
    <message>
        <source>Encrypted to this installation.</source>
        <translation>Encrypted to this installation.</translation>
    </message>
    <message>
        <source>Not encrypted (signed only).</source>
        <translation>Not encrypted (signed only).</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>no values recorded yet</source>
        <translation>no values recorded yet</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>The quantity's unit (%1), per unit of the normaliser</source>
        <translation>The quantity's unit (%1), per unit of the normaliser</translation>
    </message>
    <message>
        <source>Normalised by</source>
        <translation>Normalised by</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>Monitored</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <source>Monitored now</source>
        <translation>Monitored now</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>IndicatorValueModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>The quantity of the period, or the normalised value when no amount is given</source>
        <translation>The quantity of the period, or the normalised value when no amount is given</translation>
    </message>
    <message>
        <source>Normaliser amount</source>
        <translation>Normaliser amount</translation>
    </message>
    <message>
        <source>Useful person-months or training person-days of the period</source>
        <translation>Useful person-months or training person-days of the period</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>IndicatorsDialog</name>
    <message>
        <source>The centre's own indicators</source>
        <translation>The centre's own indicators</translation>
    </message>
    <message>
        <source>&amp;New indicator…</source>
        <translation>&amp;New indicator…</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>person-days from the records</source>
        <translation>person-days from the records</translation>
    </message>
    <message>
        <source>&amp;Record value</source>
        <translation>&amp;Record value</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Actual:</source>
        <translation>&amp;Actual:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>A&amp;mount:</translation>
    </message>
    <message>
        <source>Values are normalised by useful person-months or training person-days: give the period's amount, or type the normalised value itself and leave the amount empty.</source>
        <translation>Values are normalised by useful person-months or training person-days: give the period's amount, or type the normalised value itself and leave the amount empty.</translation>
    </message>
    <message>
        <source>Choose an indicator above to see and record its values.</source>
        <translation>Choose an indicator above to see and record its values.</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>no target</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>target %1, %2; latest: %3</source>
        <translation>target %1, %2; latest: %3</translation>
    </message>
    <message>
        <source>Record indicator value</source>
        <translation>Record indicator value</translation>
    </message>
</context>
<context>
    <name>LoggerImportDialog</name>
    <message>
        <source>Import a logger file</source>
        <extracomment>Emitted with the ImportResult once the series are stored.</extracomment>
        <translation>Import a logger file</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>space</source>
        <translation>space</translation>
    </message>
    <message>
        <source>the next line names the columns</source>
        <translation>the next line names the columns</translation>
    </message>
    <message>
        <source>ISO (2026-12-06 08:30)</source>
        <translation>ISO (2026-12-06 08:30)</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>month/day/year</translation>
    </message>
    <message>
        <source>Excel serial number</source>
        <translation>Excel serial number</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation>Unix seconds</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Field separator</source>
        <translation>Field separator</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Decimal mark</translation>
    </message>
    <message>
        <source>Thousands mark</source>
        <translation>Thousands mark</translation>
    </message>
    <message>
        <source>Lines to skip</source>
        <translation>Lines to skip</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Timestamps</translation>
    </message>
    <message>
        <source>Time of day (separate)</source>
        <translation>Time of day (separate)</translation>
    </message>
    <message>
        <source>Timestamp layout</source>
        <translation>Timestamp layout</translation>
    </message>
    <message>
        <source>Logger clock's time zone</source>
        <translation>Logger clock's time zone</translation>
    </message>
    <message>
        <source>How the file is written</source>
        <translation>How the file is written</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Series name</source>
        <translation>Series name</translation>
    </message>
    <message>
        <source>First rows as they will be read</source>
        <translation>First rows as they will be read</translation>
    </message>
    <message>
        <source>Columns to import as channels</source>
        <translation>Columns to import as channels</translation>
    </message>
    <message>
        <source>Logger file</source>
        <translation>Logger file</translation>
    </message>
    <message>
        <source>Logger files (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Logger files (*.csv *.txt *.tsv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>(file in memory)</source>
        <translation>(file in memory)</translation>
    </message>
    <message>
        <source>Check: %s</source>
        <translation>Check: %s</translation>
    </message>
    <message>
        <source>(none: date and time together)</source>
        <translation>(none: date and time together)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Time as read</source>
        <translation>Time as read</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>%d cells in these rows cannot be read, e.g. %s</source>
        <translation>%d cells in these rows cannot be read, e.g. %s</translation>
    </message>
    <message>
        <source>Tick at least one column to import.</source>
        <translation>Tick at least one column to import.</translation>
    </message>
    <message>
        <source>Importing %s</source>
        <translation>Importing %s</translation>
    </message>
    <message>
        <source>logger file</source>
        <translation>logger file</translation>
    </message>
    <message>
        <source>Rows that cannot be read</source>
        <translation>Rows that cannot be read</translation>
    </message>
    <message>
        <source>%d cells cannot be read:
%s

Skip them and import the rest? (No cancels the import.)</source>
        <translation>%d cells cannot be read:
%s

Skip them and import the rest? (No cancels the import.)</translation>
    </message>
    <message>
        <source>The import failed: %s</source>
        <translation>The import failed: %s</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Import cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Storing the readings…</source>
        <translation>Storing the readings…</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
</context>
<context>
    <name>LoggerViewer</name>
    <message>
        <source>%s points from %s</source>
        <extracomment>Series up to this many points are selected whole when the viewer opens. Runs of readings the time-range selector draws the lowest and highest of (2 per pixel of a wide screen's plot). Emitted with the MeasurementRow after a figure was saved as a measurement.</extracomment>
        <translation>%s points from %s</translation>
    </message>
    <message>
        <source>Separate axes</source>
        <translation>Separate axes</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Zoom to selection</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
</context>
<context>
    <name>LoggersSection</name>
    <message>
        <source>Series recorded by data loggers (power, flow, temperature). Select a range to see its figures; any figure can be saved as a reading of a stream.</source>
        <translation>Series recorded by data loggers (power, flow, temperature). Select a range to see its figures; any figure can be saved as a reading of a stream.</translation>
    </message>
    <message>
        <source>Import a logger file…</source>
        <translation>Import a logger file…</translation>
    </message>
    <message>
        <source>Logger series are not yet available in this version of cpdesk.</source>
        <translation>Logger series are not yet available in this version of cpdesk.</translation>
    </message>
    <message>
        <source>No logger series in this assessment yet. Import the file a data logger recorded (power, flow, temperature) to see its curves and save figures as readings.</source>
        <translation>No logger series in this assessment yet. Import the file a data logger recorded (power, flow, temperature) to see its curves and save figures as readings.</translation>
    </message>
    <message>
        <source>Import logger files with the command line: cpdesk logger import.</source>
        <translation>Import logger files with the command line: cpdesk logger import.</translation>
    </message>
    <message>
        <source>Save a logger figure as a reading</source>
        <translation>Save a logger figure as a reading</translation>
    </message>
    <message>
        <source>Loggers</source>
        <translation>Loggers</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;About cpdesk</source>
        <translation>&amp;About cpdesk</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Assessment</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Attach files…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Find in navigator</source>
        <translation>&amp;Find in navigator</translation>
    </message>
    <message>
        <source>&amp;Go to section</source>
        <translation>&amp;Go to section</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <extracomment>Workspace sections reachable with Ctrl+1 ... Ctrl+9 and Ctrl+0, in list order. The actions that need an open assessment, in the Assessment menu's order.</extracomment>
        <translation>&amp;New assessment…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Add &amp;option</source>
        <translation>Add &amp;option</translation>
    </message>
    <message>
        <source>Add process &amp;step</source>
        <translation>Add process &amp;step</translation>
    </message>
    <message>
        <source>Add s&amp;tream</source>
        <translation>Add s&amp;tream</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>Delete the selected rows</translation>
    </message>
    <message>
        <source>Edit the current cell</source>
        <translation>Edit the current cell</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Quick entry: save the reading, start the next</source>
        <translation>Quick entry: save the reading, start the next</translation>
    </message>
    <message>
        <source>Re&amp;concile the balance</source>
        <translation>Re&amp;concile the balance</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Record a &amp;reading…</source>
        <translation>Record a &amp;reading…</translation>
    </message>
    <message>
        <source>Tool bar</source>
        <translation>Tool bar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cpdesk: Cleaner Production assessments</source>
        <extracomment>The user chose other preferences (the application applies and saves them). The user wants another database opened (its path).</extracomment>
        <translation>cpdesk: Cleaner Production assessments</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Progress: 18 tasks</source>
        <translation>Progress: 18 tasks</translation>
    </message>
    <message>
        <source>Quick entry of readings</source>
        <translation>Quick entry of readings</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>trainee</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>trainer</translation>
    </message>
    <message>
        <source>centre staff</source>
        <translation>centre staff</translation>
    </message>
    <message>
        <source>(no user name: see Settings)</source>
        <translation>(no user name: see Settings)</translation>
    </message>
    <message>
        <source>Numbers: %1</source>
        <translation>Numbers: %1</translation>
    </message>
    <message>
        <source>Every change is saved in this database when it is made</source>
        <translation>Every change is saved in this database when it is made</translation>
    </message>
    <message>
        <source>Assessment created; Ctrl+Z takes it back</source>
        <translation>Assessment created; Ctrl+Z takes it back</translation>
    </message>
    <message>
        <source>Open a cpdesk database</source>
        <translation>Open a cpdesk database</translation>
    </message>
    <message>
        <source>cpdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>cpdesk databases (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>MeasurementModel</name>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Uncertainty, %</source>
        <translation>Uncertainty, %</translation>
    </message>
    <message>
        <source>Relative standard uncertainty; empty takes the method's default</source>
        <translation>Relative standard uncertainty; empty takes the method's default</translation>
    </message>
    <message>
        <source>Measured at</source>
        <translation>Measured at</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The reconciliation flags this reading: its adjustment is too large to be chance</source>
        <translation>The reconciliation flags this reading: its adjustment is too large to be chance</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Not saved: %1 %2</source>
        <extracomment>The frame around a refused cell, seen over the selection's colour too. CHOICE: (code, label) pairs; UNIT: the units offered. Per row, as units depend on it. The kind of record (Entity.STREAM, Entity.MEASUREMENT ...) that updates are sent for; None for a table that is only read. A cell's entry was refused: why, for the status bar. Cells whose entry was taken in the user's notation but could have meant another number: the note says so (amber) until the cell is edited again.</extracomment>
        <translation>Not saved: %1 %2</translation>
    </message>
</context>
<context>
    <name>ModuleModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Demonstration company</source>
        <translation>Demonstration company</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Search programmes, companies, assessments…</source>
        <extracomment>Where an entry hangs, for reading its children: a programme's id, or OUTSIDE / WITHOUT for the groups; a company entry holds its group's. The training centre's own records (opened with Enter or a double click, in a window of their own). The child that stands for children not read yet (the entry shows it can be opened). A programme of this many companies or fewer opens expanded. The centre's entry was opened (Enter or double click): its screens show the year.</extracomment>
        <translation>Search programmes, companies, assessments…</translation>
    </message>
    <message>
        <source>All programmes and companies</source>
        <extracomment>Each programme's count of companies, as last read.</extracomment>
        <translation>All programmes and companies</translation>
    </message>
    <message>
        <source>Companies without an assessment</source>
        <translation>Companies without an assessment</translation>
    </message>
    <message>
        <source>Training centre: courses, the year, indicators</source>
        <translation>Training centre: courses, the year, indicators</translation>
    </message>
    <message>
        <source>Enter or double click opens the centre's year; the Training menu has the rest</source>
        <translation>Enter or double click opens the centre's year; the Training menu has the rest</translation>
    </message>
    <message>
        <source>More assessments match: type more of the name</source>
        <translation>More assessments match: type more of the name</translation>
    </message>
    <message>
        <source>Outside any programme</source>
        <translation>Outside any programme</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>A new company…</source>
        <translation>A new company…</translation>
    </message>
    <message>
        <source>(no programme)</source>
        <translation>(no programme)</translation>
    </message>
    <message>
        <source>CP assessment %1</source>
        <translation>CP assessment %1</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>VND per USD</source>
        <translation>VND per USD</translation>
    </message>
</context>
<context>
    <name>NewIndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>kg, kWh, t CO₂ (the normaliser is added)</source>
        <translation>kg, kWh, t CO₂ (the normaliser is added)</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>&amp;Name (English):</source>
        <translation>&amp;Name (English):</translation>
    </message>
    <message>
        <source>Name (&amp;Vietnamese):</source>
        <translation>Name (&amp;Vietnamese):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>N&amp;ormalised by:</source>
        <translation>N&amp;ormalised by:</translation>
    </message>
    <message>
        <source>&amp;Monitored:</source>
        <translation>&amp;Monitored:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>Give the indicator a name and a unit.</source>
        <translation>Give the indicator a name and a unit.</translation>
    </message>
</context>
<context>
    <name>OptionCaseModel</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Investment, USD</source>
        <translation>Investment, USD</translation>
    </message>
    <message>
        <source>Savings per year, USD</source>
        <translation>Savings per year, USD</translation>
    </message>
    <message>
        <source>Payback, years</source>
        <translation>Payback, years</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>The assessment states no exchange rate to USD: its money is left out.</source>
        <translation>The assessment states no exchange rate to USD: its money is left out.</translation>
    </message>
</context>
<context>
    <name>OptionCasesDialog</name>
    <message>
        <source>Cases behind the figures: %1</source>
        <extracomment>Opens an option (assessment id, option id) in the workbench.</extracomment>
        <translation>Cases behind the figures: %1</translation>
    </message>
    <message>
        <source>every sector</source>
        <translation>every sector</translation>
    </message>
    <message>
        <source>%1, %2: %3 cases of %4 companies. The companies' names stay at the centre: the field installations receive the figures only.</source>
        <translation>%1, %2: %3 cases of %4 companies. The companies' names stay at the centre: the field installations receive the figures only.</translation>
    </message>
    <message>
        <source>Open option</source>
        <translation>Open option</translation>
    </message>
    <message>
        <source>Open the selected option in its assessment (a double-click does the same)</source>
        <translation>Open the selected option in its assessment (a double-click does the same)</translation>
    </message>
</context>
<context>
    <name>OptionDialog</name>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Choose the option library's type (search without accents)</source>
        <extracomment>The option's version as the form shows it (see the module's doc).</extracomment>
        <translation>Choose the option library's type (search without accents)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;ategory</translation>
    </message>
    <message>
        <source>Option t&amp;ype</source>
        <translation>Option t&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Investment, %1</source>
        <translation>&amp;Investment, %1</translation>
    </message>
    <message>
        <source>Annual &amp;savings, %1</source>
        <translation>Annual &amp;savings, %1</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Calculate saving…</source>
        <translation>Calculate saving…</translation>
    </message>
    <message>
        <source>Edit option %1</source>
        <translation>Edit option %1</translation>
    </message>
    <message>
        <source>None: choose…</source>
        <translation>None: choose…</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unknown type</translation>
    </message>
</context>
<context>
    <name>OptionModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Investment, %1</source>
        <translation>Investment, %1</translation>
    </message>
    <message>
        <source>Savings per year, %1</source>
        <translation>Savings per year, %1</translation>
    </message>
    <message>
        <source>Calculated by the option's calculation (Calculate saving…)</source>
        <translation>Calculated by the option's calculation (Calculate saving…)</translation>
    </message>
    <message>
        <source>Extra costs per year, %1</source>
        <translation>Extra costs per year, %1</translation>
    </message>
    <message>
        <source>Lifetime, years</source>
        <translation>Lifetime, years</translation>
    </message>
    <message>
        <source>Option type</source>
        <translation>Option type</translation>
    </message>
    <message>
        <source>%1 (unknown type)</source>
        <translation>%1 (unknown type)</translation>
    </message>
    <message>
        <source>The option library in use has no type %1 (the centre's reference-data pack dropped it). The link is kept; choose another type or clear it.</source>
        <translation>The option library in use has no type %1 (the centre's reference-data pack dropped it). The link is kept; choose another type or clear it.</translation>
    </message>
    <message>
        <source>The option library's type; type a code or choose one with “Option type…”.</source>
        <translation>The option library's type; type a code or choose one with “Option type…”.</translation>
    </message>
</context>
<context>
    <name>OptionTypeDialog</name>
    <message>
        <source>Option type</source>
        <extracomment>The code given back by "No type": the link is cleared.</extracomment>
        <translation>Option type</translation>
    </message>
    <message>
        <source>Search the option library (no accents needed)…</source>
        <translation>Search the option library (no accents needed)…</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>No type</translation>
    </message>
    <message>
        <source>%1 types</source>
        <translation>%1 types</translation>
    </message>
</context>
<context>
    <name>OptionsCharts</name>
    <message>
        <source>Payback and NPV</source>
        <translation>Payback and NPV</translation>
    </message>
    <message>
        <source>Costs and savings</source>
        <translation>Costs and savings</translation>
    </message>
    <message>
        <source>Waste costs (Pareto)</source>
        <translation>Waste costs (Pareto)</translation>
    </message>
</context>
<context>
    <name>OptionsSection</name>
    <message>
        <source>CP options</source>
        <extracomment>streams, readings and logger series: the options' calculations follow them</extracomment>
        <translation>CP options</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Add option</translation>
    </message>
    <message>
        <source>Option type…</source>
        <translation>Option type…</translation>
    </message>
    <message>
        <source>Link the selected option to a type of the option library (search without accents)</source>
        <translation>Link the selected option to a type of the option library (search without accents)</translation>
    </message>
    <message>
        <source>Calculate saving…</source>
        <translation>Calculate saving…</translation>
    </message>
    <message>
        <source>Work out the selected option's saving with a calculator, from the plant's figures</source>
        <translation>Work out the selected option's saving with a calculator, from the plant's figures</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Add saving</source>
        <translation>Add saving</translation>
    </message>
    <message>
        <source>Saves per year:</source>
        <translation>Saves per year:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Technical feasibility (task 10)</source>
        <translation>Technical feasibility (task 10)</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Feasibility</translation>
    </message>
    <message>
        <source>Resources saved</source>
        <translation>Resources saved</translation>
    </message>
    <message>
        <source>Description and notes</source>
        <translation>Description and notes</translation>
    </message>
    <message>
        <source>Task 8: options in the eight categories; task 9: screening. Tasks 10 to 13: technical notes, payback, NPV and IRR at the assessment's discount rate, resources saved and the CO₂ they avoid.</source>
        <translation>Task 8: options in the eight categories; task 9: screening. Tasks 10 to 13: technical notes, payback, NPV and IRR at the assessment's discount rate, resources saved and the CO₂ they avoid.</translation>
    </message>
    <message>
        <source>No CP options yet. Write down every idea that removes a cause of waste; screening and feasibility follow here.</source>
        <translation>No CP options yet. Write down every idea that removes a cause of waste; screening and feasibility follow here.</translation>
    </message>
    <message>
        <source>Add the first option</source>
        <translation>Add the first option</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Options and feasibility</source>
        <translation>Options and feasibility</translation>
    </message>
    <message>
        <source>Feasibility cannot be computed: %1</source>
        <translation>Feasibility cannot be computed: %1</translation>
    </message>
    <message>
        <source>Discount rate %1 %; CO₂ from the factor set %2.</source>
        <translation>Discount rate %1 %; CO₂ from the factor set %2.</translation>
    </message>
    <message>
        <source>Select an option to see the resources it saves.</source>
        <translation>Select an option to see the resources it saves.</translation>
    </message>
    <message>
        <source>Resources saved by %1</source>
        <translation>Resources saved by %1</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>New option</translation>
    </message>
    <message>
        <source>Select the option first.</source>
        <translation>Select the option first.</translation>
    </message>
    <message>
        <source>Add suggested option</source>
        <translation>Add suggested option</translation>
    </message>
    <message>
        <source>Added %1; its figures are a starting estimate from the option library.</source>
        <translation>Added %1; its figures are a starting estimate from the option library.</translation>
    </message>
    <message>
        <source>Add resource saving</source>
        <translation>Add resource saving</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>From – to</translation>
    </message>
    <message>
        <source>Audit focus (task 3)</source>
        <translation>Audit focus (task 3)</translation>
    </message>
    <message>
        <source>Scope weight (full assessment = 1)</source>
        <translation>Scope weight (full assessment = 1)</translation>
    </message>
    <message>
        <source>Money and operation</source>
        <translation>Money and operation</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Exchange rate, VND per USD</source>
        <translation>Exchange rate, VND per USD</translation>
    </message>
    <message>
        <source>Discount rate, %</source>
        <translation>Discount rate, %</translation>
    </message>
    <message>
        <source>Operating hours per year</source>
        <translation>Operating hours per year</translation>
    </message>
    <message>
        <source>Operating days per year</source>
        <translation>Operating days per year</translation>
    </message>
    <message>
        <source>Batches per day</source>
        <translation>Batches per day</translation>
    </message>
    <message>
        <source>Boiler efficiency, % of NCV</source>
        <translation>Boiler efficiency, % of NCV</translation>
    </message>
    <message>
        <source>Annual production</source>
        <translation>Annual production</translation>
    </message>
    <message>
        <source>Factor set</source>
        <translation>Factor set</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <source>Nothing recorded yet. An assessment starts with task 1: the CP team, then the process steps.</source>
        <translation>Nothing recorded yet. An assessment starts with task 1: the CP team, then the process steps.</translation>
    </message>
    <message>
        <source>Add a team member</source>
        <translation>Add a team member</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 per year</translation>
    </message>
    <message>
        <source>%1 team members, %2 process steps (%3 in the audit focus)</source>
        <translation>%1 team members, %2 process steps (%3 in the audit focus)</translation>
    </message>
    <message>
        <source>%1 streams, %2 of them measured; %3 readings</source>
        <translation>%1 streams, %2 of them measured; %3 readings</translation>
    </message>
    <message>
        <source>%1 waste streams costing %2 %3 a year</source>
        <translation>%1 waste streams costing %2 %3 a year</translation>
    </message>
    <message>
        <source>%1 options, %2 implemented: %3 %4 invested, %5 %4 saved a year</source>
        <translation>%1 options, %2 implemented: %3 %4 invested, %5 %4 saved a year</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Days attended</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <source>Participant…</source>
        <translation>Participant…</translation>
    </message>
    <message>
        <source>Type a name: a name not on the list registers a new participant</source>
        <translation>Type a name: a name not on the list registers a new participant</translation>
    </message>
</context>
<context>
    <name>PaybackNpvView</name>
    <message>
        <source>no payback</source>
        <extracomment>(code, payback years or None, NPV in the currency), in drawing order. the value written right of each bar, by plot: (text item, where its bar ends)</extracomment>
        <translation>no payback</translation>
    </message>
    <message>
        <source>no investment</source>
        <translation>no investment</translation>
    </message>
    <message>
        <source>Simple payback, years</source>
        <translation>Simple payback, years</translation>
    </message>
    <message>
        <source>NPV, %1</source>
        <translation>NPV, %1</translation>
    </message>
</context>
<context>
    <name>PeriodImport</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Rows refused</source>
        <translation>Rows refused</translation>
    </message>
    <message>
        <source>Nothing was stored: %1 of the file's %2 rows have errors. Correct the file and import it again, or store the other rows without them.</source>
        <translation>Nothing was stored: %1 of the file's %2 rows have errors. Correct the file and import it again, or store the other rows without them.</translation>
    </message>
    <message>
        <source>Skip the bad rows and store the others</source>
        <translation>Skip the bad rows and store the others</translation>
    </message>
    <message>
        <source>Import period readings</source>
        <extracomment>The last import's outcome (for the section's status and the tests).</extracomment>
        <translation>Import period readings</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tables (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
</context>
<context>
    <name>PeriodModel</name>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>PlotView</name>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copy to clipboard</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Export as PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Export as SVG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <source>million VND</source>
        <extracomment>Colours of the plots' frame and text (dark grey on white reads well on screen and paper).</extracomment>
        <translation>million VND</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>thousand %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Emitted after the view was redrawn with new data.</extracomment>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard</source>
        <translation>Copy the chart to the clipboard</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Save the chart as a PNG image</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>Save the chart as an SVG drawing</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <source>This chart is not yet available in this version of cpdesk.</source>
        <translation>This chart is not yet available in this version of cpdesk.</translation>
    </message>
    <message>
        <source>Sankey diagram</source>
        <translation>Sankey diagram</translation>
    </message>
    <message>
        <source>Inputs and outputs by step</source>
        <translation>Inputs and outputs by step</translation>
    </message>
    <message>
        <source>Payback and NPV</source>
        <translation>Payback and NPV</translation>
    </message>
    <message>
        <source>Costs and savings</source>
        <translation>Costs and savings</translation>
    </message>
    <message>
        <source>Waste costs (Pareto)</source>
        <translation>Waste costs (Pareto)</translation>
    </message>
</context>
<context>
    <name>PowerFactorChargeBox</name>
    <message>
        <source>Active energy bill a year (without VAT)</source>
        <translation>Active energy bill a year (without VAT)</translation>
    </message>
    <message>
        <source>Type the bill to see the power-factor charge it avoids.</source>
        <translation>Type the bill to see the power-factor charge it avoids.</translation>
    </message>
    <message>
        <source>The factor set holds no power-factor rule of the tariff.</source>
        <translation>The factor set holds no power-factor rule of the tariff.</translation>
    </message>
    <message>
        <source>Power-factor charge avoided: %1 %2 a year (%3 % of the bill before, %4 % after; factor set %5, %6)</source>
        <translation>Power-factor charge avoided: %1 %2 a year (%3 % of the bill before, %4 % after; factor set %5, %6)</translation>
    </message>
    <message>
        <source>Use this result keeps it as the option's annual savings.</source>
        <translation>Use this result keeps it as the option's annual savings.</translation>
    </message>
</context>
<context>
    <name>PracticalModulesDialog</name>
    <message>
        <source>Practical modules</source>
        <translation>Practical modules</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Results returned</source>
        <translation>Results returned</translation>
    </message>
    <message>
        <source>New module…</source>
        <translation>New module…</translation>
    </message>
    <message>
        <source>Export bundles…</source>
        <translation>Export bundles…</translation>
    </message>
    <message>
        <source>Import results…</source>
        <translation>Import results…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>No practical module yet: prepare one from a demonstration assessment.</source>
        <translation>No practical module yet: prepare one from a demonstration assessment.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Reference: %1 · Data given: %2 · Tasks: %3</source>
        <translation>Reference: %1 · Data given: %2 · Tasks: %3</translation>
    </message>
    <message>
        <source>Folder for the trainees' bundles</source>
        <translation>Folder for the trainees' bundles</translation>
    </message>
    <message>
        <source>%1 bundles written to %2</source>
        <translation>%1 bundles written to %2</translation>
    </message>
    <message>
        <source>Exporting the trainees' bundles</source>
        <translation>Exporting the trainees' bundles</translation>
    </message>
    <message>
        <source>A trainee's results</source>
        <translation>A trainee's results</translation>
    </message>
    <message>
        <source>cpdesk bundles (*.cpdx)</source>
        <translation>cpdesk bundles (*.cpdx)</translation>
    </message>
    <message>
        <source>Importing a trainee's results</source>
        <translation>Importing a trainee's results</translation>
    </message>
</context>
<context>
    <name>PrepareModuleDialog</name>
    <message>
        <source>Prepare a practical module</source>
        <translation>Prepare a practical module</translation>
    </message>
    <message>
        <source>e.g. Water balance of the dyeing line</source>
        <translation>e.g. Water balance of the dyeing line</translation>
    </message>
    <message>
        <source>Data given to the trainees</source>
        <translation>Data given to the trainees</translation>
    </message>
    <message>
        <source>Tasks required</source>
        <translation>Tasks required</translation>
    </message>
    <message>
        <source>Task %1 of the method</source>
        <translation>Task %1 of the method</translation>
    </message>
    <message>
        <source>One trainee per line</source>
        <translation>One trainee per line</translation>
    </message>
    <message>
        <source>Reference assessment</source>
        <translation>Reference assessment</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <source>There is no assessment to start from.</source>
        <translation>There is no assessment to start from.</translation>
    </message>
</context>
<context>
    <name>ProcessStepModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Process step</translation>
    </message>
    <message>
        <source>Audit focus</source>
        <translation>Audit focus</translation>
    </message>
    <message>
        <source>A wasteful step chosen for the detailed assessment (task 3)</source>
        <translation>A wasteful step chosen for the detailed assessment (task 3)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ProcessStepsSection</name>
    <message>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Task 2: list the unit operations in the order of production. Task 3: tick the wasteful steps chosen as the audit focus.</source>
        <translation>Task 2: list the unit operations in the order of production. Task 3: tick the wasteful steps chosen as the audit focus.</translation>
    </message>
    <message>
        <source>No process steps yet. List the unit operations of the plant in the order of production: every stream, balance and option hangs on them.</source>
        <translation>No process steps yet. List the unit operations of the plant in the order of production: every stream, balance and option hangs on them.</translation>
    </message>
    <message>
        <source>Add the first step</source>
        <translation>Add the first step</translation>
    </message>
    <message>
        <source>Process steps</source>
        <translation>Process steps</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>Add process step</source>
        <translation>Add process step</translation>
    </message>
    <message>
        <source>Deleted %1 streams with the steps (Ctrl+Z brings them back)</source>
        <translation>Deleted %1 streams with the steps (Ctrl+Z brings them back)</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>By sector</translation>
    </message>
    <message>
        <source>By option category</source>
        <translation>By option category</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>Roll-up</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>The roll-up cannot be computed: %1</source>
        <translation>The roll-up cannot be computed: %1</translation>
    </message>
    <message>
        <source>Options proposed</source>
        <translation>Options proposed</translation>
    </message>
    <message>
        <source>Options implemented</source>
        <translation>Options implemented</translation>
    </message>
    <message>
        <source>Implemented / proposed</source>
        <translation>Implemented / proposed</translation>
    </message>
    <message>
        <source>Investment (implemented)</source>
        <translation>Investment (implemented)</translation>
    </message>
    <message>
        <source>Savings per year (implemented)</source>
        <translation>Savings per year (implemented)</translation>
    </message>
    <message>
        <source>Saved per year: %1</source>
        <translation>Saved per year: %1</translation>
    </message>
    <message>
        <source>CO₂ avoided per year (computed)</source>
        <translation>CO₂ avoided per year (computed)</translation>
    </message>
    <message>
        <source>CO₂ avoided per year (as reported)</source>
        <translation>CO₂ avoided per year (as reported)</translation>
    </message>
    <message>
        <source>CO₂ computed with the factor set %1 (grid year %2). Figures of implemented options.</source>
        <translation>CO₂ computed with the factor set %1 (grid year %2). Figures of implemented options.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>%v of 18 tasks done</source>
        <extracomment>Width (px) the panel's dock takes when guided mode is turned on. The user wants to work on a task: the workspace section key. The tasks of an assessment were counted: its id, those counted done (marked done, and every blocking check passes: the count `cpdesk guide` gives) and those marked done.</extracomment>
        <translation>%v of 18 tasks done</translation>
    </message>
    <message>
        <source>Note on this task…</source>
        <translation>Note on this task…</translation>
    </message>
    <message>
        <source>&amp;Guided mode</source>
        <extracomment>Guided mode on or off for the open assessment (View menu and the panel's button).</extracomment>
        <translation>&amp;Guided mode</translation>
    </message>
    <message>
        <source>Show the tasks one by one with their guide and checks</source>
        <translation>Show the tasks one by one with their guide and checks</translation>
    </message>
    <message>
        <source>Open an assessment to follow its 18 tasks.</source>
        <translation>Open an assessment to follow its 18 tasks.</translation>
    </message>
    <message>
        <source>Tasks marked done: %1. Counted done (marked, and every blocking check passes): %2.</source>
        <translation>Tasks marked done: %1. Counted done (marked, and every blocking check passes): %2.</translation>
    </message>
    <message>
        <source>Double-click a task to open its section; F2 changes its status.</source>
        <translation>Double-click a task to open its section; F2 changes its status.</translation>
    </message>
    <message>
        <source>Nothing obviously missing for this task.</source>
        <translation>Nothing obviously missing for this task.</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>where, which meter, conditions…</source>
        <translation>where, which meter, conditions…</translation>
    </message>
    <message>
        <source>Save ↵</source>
        <translation>Save ↵</translation>
    </message>
    <message>
        <source>Save the reading and start the next (Enter)</source>
        <translation>Save the reading and start the next (Enter)</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Choose a stream: type a few letters of its name.</source>
        <translation>Choose a stream: type a few letters of its name.</translation>
    </message>
    <message>
        <source>Type the value.</source>
        <translation>Type the value.</translation>
    </message>
    <message>
        <source>Record a reading of %1</source>
        <translation>Record a reading of %1</translation>
    </message>
    <message>
        <source>Saved: %1 = %2 %3</source>
        <translation>Saved: %1 = %2 %3</translation>
    </message>
</context>
<context>
    <name>RangeFigures</name>
    <message>
        <source>(the series' stream)</source>
        <translation>(the series' stream)</translation>
    </message>
    <message>
        <source>Base load (P%s)</source>
        <translation>Base load (P%s)</translation>
    </message>
    <message>
        <source>Daily profile</source>
        <translation>Daily profile</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Figure</source>
        <extracomment>The figures "Save as measurement" offers, in the order of its list. Emitted with the MeasurementRow after a figure was saved as a measurement.</extracomment>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Load factor</source>
        <translation>Load factor</translation>
    </message>
    <message>
        <source>Load-duration curve</source>
        <translation>Load-duration curve</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Mass</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Not saved: %s</translation>
    </message>
    <message>
        <source>Peak demand (%s min)</source>
        <translation>Peak demand (%s min)</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Readings</translation>
    </message>
    <message>
        <source>Save as measurement</source>
        <translation>Save as measurement</translation>
    </message>
    <message>
        <source>Saved: %s %s for %s</source>
        <translation>Saved: %s %s for %s</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Weekly profile</source>
        <translation>Weekly profile</translation>
    </message>
    <message>
        <source>hour of day</source>
        <translation>hour of day</translation>
    </message>
    <message>
        <source>hour of week (Monday 0:00 first)</source>
        <translation>hour of week (Monday 0:00 first)</translation>
    </message>
    <message>
        <source>share of time (%)</source>
        <translation>share of time (%)</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>History of this %1</source>
        <extracomment>Fields the log keeps that a person does not read as a change of the record.</extracomment>
        <translation>History of this %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation>No change recorded yet.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n change(s), newest first.</source>
        <translation>
            <numerusform>The last %n change(s), newest first.</numerusform>
            <numerusform>The last %n change(s), newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>(brought back)</source>
        <translation>(brought back)</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(changed)</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Filter (no accents needed)…</source>
        <extracomment>How many rows, beside those on screen, a table's columns are fitted to when first filled. (text, action on the row) offered first in the rows' context menu.</extracomment>
        <translation>Filter (no accents needed)…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected rows (Del); Ctrl+Z brings them back</source>
        <translation>Delete the selected rows (Del); Ctrl+Z brings them back</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Assessment summary</translation>
    </message>
    <message>
        <source>Programme summary (one or several programmes)</source>
        <translation>Programme summary (one or several programmes)</translation>
    </message>
    <message>
        <source>Summary of a selection of assessments</source>
        <translation>Summary of a selection of assessments</translation>
    </message>
    <message>
        <source>Task worksheets, filled from an assessment</source>
        <translation>Task worksheets, filled from an assessment</translation>
    </message>
    <message>
        <source>Task worksheets, blank</source>
        <translation>Task worksheets, blank</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>Word document (editable)</source>
        <translation>Word document (editable)</translation>
    </message>
    <message>
        <source>cpdesk's own template</source>
        <translation>cpdesk's own template</translation>
    </message>
    <message>
        <source>A .docx with the centre's styles, logo and margins; empty for cpdesk's own</source>
        <translation>A .docx with the centre's styles, logo and margins; empty for cpdesk's own</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>Covering:</source>
        <translation>Covering:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Word template:</source>
        <translation>Word template:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Tick one or more programmes; several get a page of totals.</source>
        <translation>Tick one or more programmes; several get a page of totals.</translation>
    </message>
    <message>
        <source>Tick the assessments to sum up, from any programme.</source>
        <translation>Tick the assessments to sum up, from any programme.</translation>
    </message>
    <message>
        <source>Worksheets are printed, so they are PDF only.</source>
        <translation>Worksheets are printed, so they are PDF only.</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word template</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Report written: %1</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>Report cancelled; nothing written</source>
        <translation>Report cancelled; nothing written</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <extracomment>A whole copy is to replace the database (the copy). One assessment was merged back (the service's AssessmentRestore).</extracomment>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Restore the &amp;whole database…</source>
        <translation>Restore the &amp;whole database…</translation>
    </message>
    <message>
        <source>Restore &amp;one assessment…</source>
        <translation>Restore &amp;one assessment…</translation>
    </message>
    <message>
        <source>One assessment is merged into the database as it is: what was changed since the copy stays, what was lost or deleted comes back. The whole database goes back to the copy; the database as it is now is backed up first.</source>
        <translation>One assessment is merged into the database as it is: what was changed since the copy stays, what was lost or deleted comes back. The whole database goes back to the copy; the database as it is now is backed up first.</translation>
    </message>
    <message>
        <source>No backup copies yet.</source>
        <translation>No backup copies yet.</translation>
    </message>
    <message>
        <source>This copy holds: %1</source>
        <translation>This copy holds: %1</translation>
    </message>
    <message>
        <source>An encrypted copy: what it holds is read when you restore from it.</source>
        <translation>An encrypted copy: what it holds is read when you restore from it.</translation>
    </message>
    <message>
        <source>Restore the whole database</source>
        <translation>Restore the whole database</translation>
    </message>
    <message>
        <source>Put the copy of %1 in place of the database? The database as it is now is backed up first, and the window reopens on the restored one.</source>
        <translation>Put the copy of %1 in place of the database? The database as it is now is backed up first, and the window reopens on the restored one.</translation>
    </message>
    <message>
        <source>Reading the copy</source>
        <translation>Reading the copy</translation>
    </message>
    <message>
        <source>Restore one assessment</source>
        <translation>Restore one assessment</translation>
    </message>
    <message>
        <source>This copy holds no assessment.</source>
        <translation>This copy holds no assessment.</translation>
    </message>
    <message>
        <source>(deleted in the copy)</source>
        <translation>(deleted in the copy)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Restoring the assessment</source>
        <translation>Restoring the assessment</translation>
    </message>
</context>
<context>
    <name>SankeyView</name>
    <message>
        <source>Water balance, %1 per year</source>
        <translation>Water balance, %1 per year</translation>
    </message>
    <message>
        <source>Energy balance, %1 per year</source>
        <translation>Energy balance, %1 per year</translation>
    </message>
    <message>
        <source>in %1, out %2</source>
        <translation>in %1, out %2</translation>
    </message>
</context>
<context>
    <name>SavingModel</name>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Per year (estimated)</source>
        <translation>Per year (estimated)</translation>
    </message>
    <message>
        <source>Calculated by the option's calculation (Calculate saving…)</source>
        <translation>Calculated by the option's calculation (Calculate saving…)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Per year (monitored)</source>
        <translation>Per year (monitored)</translation>
    </message>
    <message>
        <source>Per year (verified)</source>
        <translation>Per year (verified)</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>Head count</translation>
    </message>
    <message>
        <source>For a session whose attendance is not recorded person by person</source>
        <translation>For a session whose attendance is not recorded person by person</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Person-days</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Counted from</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Your name, written on every reading you record</source>
        <translation>Your name, written on every reading you record</translation>
    </message>
    <message>
        <source>Auditor (centre or company engineer)</source>
        <translation>Auditor (centre or company engineer)</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Centre staff</source>
        <translation>Centre staff</translation>
    </message>
    <message>
        <source>As the language</source>
        <translation>As the language</translation>
    </message>
    <message>
        <source>Vietnamese: 2,57 and 93.200</source>
        <translation>Vietnamese: 2,57 and 93.200</translation>
    </message>
    <message>
        <source>English: 2.57 and 93,200</source>
        <translation>English: 2.57 and 93,200</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Your name</source>
        <extracomment>Per balance (water, energy): how far from closing a balance may be before the guided checks call it suspicious, in % of its inputs.</extracomment>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Default factor set</source>
        <translation>Default factor set</translation>
    </message>
    <message>
        <source>Data folder</source>
        <extracomment>The backups' own settings, saved when the dialog is accepted.</extracomment>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Water balance: flag unaccounted beyond</source>
        <translation>Water balance: flag unaccounted beyond</translation>
    </message>
    <message>
        <source>Energy balance: flag unaccounted beyond</source>
        <translation>Energy balance: flag unaccounted beyond</translation>
    </message>
    <message>
        <source>The data folder holds the database opened at start. A new language applies at once; new assessments use the default factor set. A step or plant whose unaccounted share (in % of its inputs) passes the threshold is flagged in the guided checks and the reports, even when the reconciliation's test passes.</source>
        <translation>The data folder holds the database opened at start. A new language applies at once; new assessments use the default factor set. A step or plant whose unaccounted share (in % of its inputs) passes the threshold is flagged in the guided checks and the reports, even when the reconciliation's test passes.</translation>
    </message>
</context>
<context>
    <name>StartSplash</name>
    <message>
        <source>First start: writing the example assessments into the new database…</source>
        <translation>First start: writing the example assessments into the new database…</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Process step</source>
        <translation>Process step</translation>
    </message>
    <message>
        <source>New process step</source>
        <translation>New process step</translation>
    </message>
    <message>
        <source>Audit &amp;focus (a wasteful step chosen in task 3)</source>
        <translation>Audit &amp;focus (a wasteful step chosen in task 3)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
</context>
<context>
    <name>StepItem</name>
    <message>
        <source>focus</source>
        <extracomment>Height of one boundary-stream row and the step between the staircase's vertical legs. Space between the box and its first boundary row. Port spacing: streams on one side of a box keep at least this far apart.</extracomment>
        <translation>focus</translation>
    </message>
</context>
<context>
    <name>StreamDialog</name>
    <message>
        <source>Stream</source>
        <extracomment>What a stream of each carrier most often is; the dialog proposes it until the user picks.</extracomment>
        <translation>Stream</translation>
    </message>
    <message>
        <source>New stream</source>
        <translation>New stream</translation>
    </message>
    <message>
        <source>e.g. Steam to the dyeing machines</source>
        <translation>e.g. Steam to the dyeing machines</translation>
    </message>
    <message>
        <source>(plant boundary)</source>
        <translation>(plant boundary)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>&amp;Carrier</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
</context>
<context>
    <name>StreamModel</name>
    <message>
        <source>(plant boundary)</source>
        <translation>(plant boundary)</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Pressure, bar(g)</source>
        <translation>Pressure, bar(g)</translation>
    </message>
    <message>
        <source>Gauge pressure of steam or hot water, for its enthalpy</source>
        <translation>Gauge pressure of steam or hot water, for its enthalpy</translation>
    </message>
    <message>
        <source>Temperature, °C</source>
        <translation>Temperature, °C</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Readings</translation>
    </message>
</context>
<context>
    <name>StreamsSection</name>
    <message>
        <source>Streams</source>
        <extracomment>The user asks to record a reading of this stream (None: no stream chosen).</extracomment>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Add stream</source>
        <translation>Add stream</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Readings</translation>
    </message>
    <message>
        <source>Only the selected stream</source>
        <translation>Only the selected stream</translation>
    </message>
    <message>
        <source>Record a reading…</source>
        <translation>Record a reading…</translation>
    </message>
    <message>
        <source>Open the quick-entry form for the selected stream (Ctrl+M)</source>
        <translation>Open the quick-entry form for the selected stream (Ctrl+M)</translation>
    </message>
    <message>
        <source>Every stream runs between two process steps or across the plant boundary. Numbers are typed in your notation: in Vietnamese 2,57 and 93.200.</source>
        <translation>Every stream runs between two process steps or across the plant boundary. Numbers are typed in your notation: in Vietnamese 2,57 and 93.200.</translation>
    </message>
    <message>
        <source>Streams and readings</source>
        <translation>Streams and readings</translation>
    </message>
    <message>
        <source>No streams yet. Add what enters and leaves each step (water, energy, materials, waste); then record their readings here.</source>
        <translation>No streams yet. Add what enters and leaves each step (water, energy, materials, waste); then record their readings here.</translation>
    </message>
    <message>
        <source>Add the first stream</source>
        <translation>Add the first stream</translation>
    </message>
    <message>
        <source>No streams yet. A stream runs into or out of a process step: list the steps first.</source>
        <translation>No streams yet. A stream runs into or out of a process step: list the steps first.</translation>
    </message>
    <message>
        <source>Add a process step</source>
        <translation>Add a process step</translation>
    </message>
    <message>
        <source>Add a process step first: a stream runs into or out of one.</source>
        <translation>Add a process step first: a stream runs into or out of one.</translation>
    </message>
    <message>
        <source>New stream</source>
        <translation>New stream</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Option type</source>
        <translation>Option type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Investment, median USD</source>
        <translation>Investment, median USD</translation>
    </message>
    <message>
        <source>Savings per year, median USD</source>
        <translation>Savings per year, median USD</translation>
    </message>
    <message>
        <source>Payback, median years</source>
        <translation>Payback, median years</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>Monitored</translation>
    </message>
    <message>
        <source>Past cases with a monitored annual saving (task 16)</source>
        <translation>Past cases with a monitored annual saving (task 16)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Past cases with a resource saving verified by measurement (IPMVP)</source>
        <translation>Past cases with a resource saving verified by measurement (IPMVP)</translation>
    </message>
    <message>
        <source>Monitored ÷ estimated, median</source>
        <translation>Monitored ÷ estimated, median</translation>
    </message>
    <message>
        <source>Share of the plant's use, median %</source>
        <translation>Share of the plant's use, median %</translation>
    </message>
    <message>
        <source>The saving in per cent of the plant's annual use of that carrier</source>
        <translation>The saving in per cent of the plant's annual use of that carrier</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Suggestions from the option library</source>
        <extracomment>The kinds of record whose changes may change the suggestions. How many suggestions the panel lists.</extracomment>
        <translation>Suggestions from the option library</translation>
    </message>
    <message>
        <source>Add as option</source>
        <translation>Add as option</translation>
    </message>
    <message>
        <source>Add the selected type as an option of this assessment, linked to it; its figures are the library's medians, a starting estimate to replace with this plant's.</source>
        <translation>Add the selected type as an option of this assessment, linked to it; its figures are the library's medians, a starting estimate to replace with this plant's.</translation>
    </message>
    <message>
        <source>Evidence from the centre's reference-data pack of %1.</source>
        <translation>Evidence from the centre's reference-data pack of %1.</translation>
    </message>
    <message>
        <source>Evidence from the options of every assessment in this database.</source>
        <translation>Evidence from the options of every assessment in this database.</translation>
    </message>
    <message>
        <source>Types that fit a plant of the %1 sector, its flow chart and its largest losses; </source>
        <translation>Types that fit a plant of the %1 sector, its flow chart and its largest losses; </translation>
    </message>
    <message>
        <source>No figure is drawn from fewer than 3 companies (“few cases”).</source>
        <translation>No figure is drawn from fewer than 3 companies (“few cases”).</translation>
    </message>
    <message>
        <source>Select a suggestion first.</source>
        <translation>Select a suggestion first.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 cannot be imported in this window.</source>
        <translation>%1 cannot be imported in this window.</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Import bundle…</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflicts</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>Bundle imported; the undo history was cleared</source>
        <translation>Bundle imported; the undo history was cleared</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflicts: %1</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Task 1: the company's CP team, with the centre's experts. A leader from management keeps the assessment moving.</source>
        <translation>Task 1: the company's CP team, with the centre's experts. A leader from management keeps the assessment moving.</translation>
    </message>
    <message>
        <source>No one in the CP team yet. Add the company's members and the centre's experts, starting with the leader from management.</source>
        <translation>No one in the CP team yet. Add the company's members and the centre's experts, starting with the leader from management.</translation>
    </message>
    <message>
        <source>Add the first member</source>
        <translation>Add the first member</translation>
    </message>
    <message>
        <source>CP team</source>
        <translation>CP team</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Add team member</translation>
    </message>
</context>
<context>
    <name>TrainingComparison</name>
    <message>
        <source>Balance unaccounted, % of inputs</source>
        <translation>Balance unaccounted, % of inputs</translation>
    </message>
    <message>
        <source>Flows per year</source>
        <translation>Flows per year</translation>
    </message>
    <message>
        <source>Options found, by category</source>
        <translation>Options found, by category</translation>
    </message>
    <message>
        <source>Economics of all options</source>
        <translation>Economics of all options</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>plant</source>
        <translation>plant</translation>
    </message>
    <message>
        <source>All options</source>
        <translation>All options</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Annual savings</source>
        <translation>Annual savings</translation>
    </message>
    <message>
        <source>Simple payback</source>
        <translation>Simple payback</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>Required tasks done</source>
        <translation>Required tasks done</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>Missing: the reference has this figure, the trainee not</source>
        <translation>Missing: the reference has this figure, the trainee not</translation>
    </message>
    <message>
        <source>Not in the reference</source>
        <translation>Not in the reference</translation>
    </message>
    <message>
        <source>%1 points from the reference</source>
        <translation>%1 points from the reference</translation>
    </message>
    <message>
        <source>%1 from the reference (%2)</source>
        <translation>%1 from the reference (%2)</translation>
    </message>
    <message>
        <source>%1 from the reference</source>
        <translation>%1 from the reference</translation>
    </message>
    <message>
        <source>category missing</source>
        <translation>category missing</translation>
    </message>
    <message>
        <source>beyond the tolerance</source>
        <translation>beyond the tolerance</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
</context>
<context>
    <name>TrainingMenu</name>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Prepare practical module…</source>
        <translation>&amp;Prepare practical module…</translation>
    </message>
    <message>
        <source>Practical &amp;modules and results…</source>
        <translation>Practical &amp;modules and results…</translation>
    </message>
    <message>
        <source>&amp;Return my results to the trainer…</source>
        <translation>&amp;Return my results to the trainer…</translation>
    </message>
    <message>
        <source>Return my results to the trainer</source>
        <translation>Return my results to the trainer</translation>
    </message>
    <message>
        <source>Open your copy of the practical module first.</source>
        <translation>Open your copy of the practical module first.</translation>
    </message>
    <message>
        <source>The trainer's key file</source>
        <translation>The trainer's key file</translation>
    </message>
    <message>
        <source>cpdesk keys (*.cpdeskkey)</source>
        <translation>cpdesk keys (*.cpdeskkey)</translation>
    </message>
    <message>
        <source>cpdesk bundles (*.cpdx)</source>
        <translation>cpdesk bundles (*.cpdx)</translation>
    </message>
    <message>
        <source>Results written to %1 for %2</source>
        <translation>Results written to %1 for %2</translation>
    </message>
</context>
<context>
    <name>TrainingModels</name>
    <message>
        <source>no value</source>
        <translation>no value</translation>
    </message>
</context>
<context>
    <name>TrainingRecordsDialog</name>
    <message>
        <source>Training records of the centre</source>
        <translation>Training records of the centre</translation>
    </message>
    <message>
        <source>&amp;New course</source>
        <translation>&amp;New course</translation>
    </message>
    <message>
        <source>Add &amp;session</source>
        <translation>Add &amp;session</translation>
    </message>
    <message>
        <source>Add &amp;module</source>
        <translation>Add &amp;module</translation>
    </message>
    <message>
        <source>A&amp;dd participant</source>
        <translation>A&amp;dd participant</translation>
    </message>
    <message>
        <source>Add wor&amp;kshop</source>
        <translation>Add wor&amp;kshop</translation>
    </message>
    <message>
        <source>all days</source>
        <translation>all days</translation>
    </message>
    <message>
        <source>&amp;Record attendance</source>
        <translation>&amp;Record attendance</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Days:</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>&amp;Issue certificate</source>
        <translation>&amp;Issue certificate</translation>
    </message>
    <message>
        <source>Sessions and attendance</source>
        <translation>Sessions and attendance</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>&amp;Courses</source>
        <translation>&amp;Courses</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>&amp;Workshops and seminars</source>
        <translation>&amp;Workshops and seminars</translation>
    </message>
    <message>
        <source>%1 courses, %2 participants, %3 workshops and seminars</source>
        <translation>%1 courses, %2 participants, %3 workshops and seminars</translation>
    </message>
    <message>
        <source>Choose a course above to see its sessions, modules and certificates.</source>
        <translation>Choose a course above to see its sessions, modules and certificates.</translation>
    </message>
    <message>
        <source>%1 sessions, %2 days, %3 person-days (%4)</source>
        <translation>%1 sessions, %2 days, %3 person-days (%4)</translation>
    </message>
    <message>
        <source>Choose a session to record its attendance.</source>
        <translation>Choose a session to record its attendance.</translation>
    </message>
    <message>
        <source>Attendance on %1 (days: %2): %3 person-days, counted from %4</source>
        <translation>Attendance on %1 (days: %2): %3 person-days, counted from %4</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>New course</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Module %1</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Record attendance</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Issue certificate</translation>
    </message>
</context>
<context>
    <name>VerificationPlots</name>
    <message>
        <source>reporting period</source>
        <extracomment>Ticks along the time axis at most (the months' names must not run into each other). The series drawn (name -&gt; y values), for tests and for nothing else.</extracomment>
        <translation>reporting period</translation>
    </message>
    <message>
        <source>The mean model has no driver to draw against</source>
        <translation>The mean model has no driver to draw against</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 against %2</translation>
    </message>
    <message>
        <source>Prediction band, %1 %</source>
        <translation>Prediction band, %1 %</translation>
    </message>
    <message>
        <source>Baseline model</source>
        <translation>Baseline model</translation>
    </message>
    <message>
        <source>Baseline periods</source>
        <translation>Baseline periods</translation>
    </message>
    <message>
        <source>Reporting periods</source>
        <translation>Reporting periods</translation>
    </message>
    <message>
        <source>Baseline and actual</source>
        <translation>Baseline and actual</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>CUSUM of %1</source>
        <translation>CUSUM of %1</translation>
    </message>
    <message>
        <source>actual − baseline, %1</source>
        <translation>actual − baseline, %1</translation>
    </message>
    <message>
        <source>CUSUM</source>
        <translation>CUSUM</translation>
    </message>
</context>
<context>
    <name>VerificationSection</name>
    <message>
        <source>Period readings</source>
        <extracomment>The data intervals offered, "" choosing from the periods' lengths.</extracomment>
        <translation>Period readings</translation>
    </message>
    <message>
        <source>Import CSV or XLSX…</source>
        <translation>Import CSV or XLSX…</translation>
    </message>
    <message>
        <source>A table of one row a period: its first and last day (or its month), a column a variable named with its unit, e.g. “electricity (kWh)”, “production (t)”</source>
        <translation>A table of one row a period: its first and last day (or its month), a column a variable named with its unit, e.g. “electricity (kWh)”, “production (t)”</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>Add reading</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>No period readings yet. Type each month's bill and production in the row above, or import a table of them kept from the utility bills and the production log.</source>
        <translation>No period readings yet. Type each month's bill and production in the row above, or import a table of them kept from the utility bills and the production log.</translation>
    </message>
    <message>
        <source>from the periods</source>
        <translation>from the periods</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>hourly</translation>
    </message>
    <message>
        <source>Reporting period from</source>
        <translation>Reporting period from</translation>
    </message>
    <message>
        <source>after the last option</source>
        <translation>after the last option</translation>
    </message>
    <message>
        <source>Empty: the day the last implemented option was put in place</source>
        <translation>Empty: the day the last implemented option was put in place</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Second driver</source>
        <translation>Second driver</translation>
    </message>
    <message>
        <source>Data interval</source>
        <translation>Data interval</translation>
    </message>
    <message>
        <source>Reporting from</source>
        <translation>Reporting from</translation>
    </message>
    <message>
        <source>Record as verified saving</source>
        <translation>Record as verified saving</translation>
    </message>
    <message>
        <source>Record this saving, brought to a year, with its 90 % uncertainty on the option's saving of the carrier (Ctrl+Z undoes it). From the plant's bills it is the saving of every option implemented before the reporting period: record it on the option that stands for them.</source>
        <translation>Record this saving, brought to a year, with its 90 % uncertainty on the option's saving of the carrier (Ctrl+Z undoes it). From the plant's bills it is the saving of every option implemented before the reporting period: record it on the option that stands for them.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Against production</source>
        <translation>Against production</translation>
    </message>
    <message>
        <source>Baseline and actual</source>
        <translation>Baseline and actual</translation>
    </message>
    <message>
        <source>CUSUM</source>
        <translation>CUSUM</translation>
    </message>
    <message>
        <source>Baseline and savings</source>
        <translation>Baseline and savings</translation>
    </message>
    <message>
        <source>Tasks 16 to 18: measurement and verification (IPMVP option C). Enter the bills and the production month by month, before and after the options; the baseline fitted on the months before says what the plant would have used, and the difference is the verified saving.</source>
        <translation>Tasks 16 to 18: measurement and verification (IPMVP option C). Enter the bills and the production month by month, before and after the options; the baseline fitted on the months before says what the plant would have used, and the difference is the verified saving.</translation>
    </message>
    <message>
        <source>Monitoring and verification</source>
        <translation>Monitoring and verification</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No readings of a carrier yet.</source>
        <translation>No readings of a carrier yet.</translation>
    </message>
    <message>
        <source>Fitting the baseline…</source>
        <translation>Fitting the baseline…</translation>
    </message>
    <message>
        <source>Verified saving: %1</source>
        <translation>Verified saving: %1</translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>Against %1</translation>
    </message>
    <message>
        <source>Add a reading of %1</source>
        <translation>Add a reading of %1</translation>
    </message>
    <message>
        <source>%1 readings imported</source>
        <translation>%1 readings imported</translation>
    </message>
    <message>
        <source>Record the verified saving of %1</source>
        <translation>Record the verified saving of %1</translation>
    </message>
    <message>
        <source>Baseline model</source>
        <translation>Baseline model</translation>
    </message>
    <message>
        <source>Savings in the reporting period</source>
        <translation>Savings in the reporting period</translation>
    </message>
</context>
<context>
    <name>WasteParetoView</name>
    <message>
        <source>Annual cost, %1</source>
        <translation>Annual cost, %1</translation>
    </message>
    <message>
        <source>Cumulative share, %</source>
        <translation>Cumulative share, %</translation>
    </message>
    <message>
        <source>Waste streams by annual cost (Pareto)</source>
        <translation>Waste streams by annual cost (Pareto)</translation>
    </message>
</context>
<context>
    <name>WasteSection</name>
    <message>
        <source>Waste streams</source>
        <translation>Waste streams</translation>
    </message>
    <message>
        <source>Add waste stream</source>
        <translation>Add waste stream</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>Add cause</source>
        <translation>Add cause</translation>
    </message>
    <message>
        <source>Only the selected waste stream</source>
        <translation>Only the selected waste stream</translation>
    </message>
    <message>
        <source>Task 6: a waste stream costs what is lost in it plus its treatment and disposal. Task 7: for each, the causes: raw material, technology, equipment, process control, housekeeping, product, waste not reused, people.</source>
        <translation>Task 6: a waste stream costs what is lost in it plus its treatment and disposal. Task 7: for each, the causes: raw material, technology, equipment, process control, housekeeping, product, waste not reused, people.</translation>
    </message>
    <message>
        <source>No waste streams yet. Add each waste stream (waste water, sludge, off-cuts, lost heat) with what it costs a year; then the causes of each.</source>
        <translation>No waste streams yet. Add each waste stream (waste water, sludge, off-cuts, lost heat) with what it costs a year; then the causes of each.</translation>
    </message>
    <message>
        <source>Add the first waste stream</source>
        <translation>Add the first waste stream</translation>
    </message>
    <message>
        <source>Waste costs and causes</source>
        <translation>Waste costs and causes</translation>
    </message>
    <message>
        <source>New waste stream</source>
        <translation>New waste stream</translation>
    </message>
    <message>
        <source>Select the waste stream the cause belongs to.</source>
        <translation>Select the waste stream the cause belongs to.</translation>
    </message>
    <message>
        <source>(describe the cause)</source>
        <translation>(describe the cause)</translation>
    </message>
</context>
<context>
    <name>WasteStreamModel</name>
    <message>
        <source>Waste stream</source>
        <translation>Waste stream</translation>
    </message>
    <message>
        <source>Quantity per year</source>
        <translation>Quantity per year</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Value lost per unit, %1</source>
        <translation>Value lost per unit, %1</translation>
    </message>
    <message>
        <source>What the raw material, water or energy in one unit of this waste cost</source>
        <translation>What the raw material, water or energy in one unit of this waste cost</translation>
    </message>
    <message>
        <source>Treatment per year, %1</source>
        <translation>Treatment per year, %1</translation>
    </message>
    <message>
        <source>Cost per year, %1</source>
        <translation>Cost per year, %1</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Edit %1</source>
        <extracomment>How many times one edit asks before giving up (the record keeps changing under the merge). What changed (a :class:`~cpdesk.core.entities.Change`). an undo or redo could not be carried out (the error, for a message box).</extracomment>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Delete %1 (%2)</source>
        <translation>Delete %1 (%2)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WorkshopModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Person-days</translation>
    </message>
    <message>
        <source>Days × participants</source>
        <translation>Days × participants</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
</context>
</TS>