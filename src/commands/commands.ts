// Ribbon commands (manifest FunctionFile → commands.html). Each ExecuteFunction button's
// <FunctionName> must be registered here with Office.actions.associate.

/**
 * Ribbon "Generate return". Placeholder until the Excel adapter is wired in.
 * Office queues further clicks until event.completed() is called, so it is called in any case.
 */
export async function generateReturnFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  try {
    // Nothing yet: the return will be built here.
  } finally {
    event.completed();
  }
}

void Office.onReady(() => {
  Office.actions.associate("GenerateReturn", generateReturnFromRibbon);
});
