import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { canReplyDirectly, replyDirectly } from './direct-reply';
import type { RenderedReply } from './render-reply';

/**
 * Sends a rendered reply whatever state the interaction is in. A deferred reply keeps the
 * visibility it was deferred with, so a private reply after a public "thinking…" replaces
 * it with a private follow-up: an error is never shown to the whole channel. A first response
 * without files is one direct callback (direct-reply.ts); with files, discord.js uploads them.
 */
export async function deliver(interaction: RepliableInteraction, rendered: RenderedReply): Promise<void> {
  const { message, ephemeral } = rendered;
  if (canReplyDirectly(interaction, rendered)) {
    await replyDirectly(interaction, rendered);
    return;
  }
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply({ ...message, flags });
    return;
  }
  if (interaction.deferred && !interaction.replied && (interaction.ephemeral === true || !ephemeral)) {
    await interaction.editReply(message);
    return;
  }
  if (interaction.deferred && !interaction.replied) await interaction.deleteReply();
  await interaction.followUp({ ...message, flags });
}
