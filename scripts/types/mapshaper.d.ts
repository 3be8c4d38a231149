// mapshaper ships no types; we use only its programmatic command runner.
declare module 'mapshaper' {
  const mapshaper: {
    applyCommands(
      commands: string,
      input?: Record<string, unknown>,
    ): Promise<Record<string, Buffer | string>>;
  };
  export default mapshaper;
}
