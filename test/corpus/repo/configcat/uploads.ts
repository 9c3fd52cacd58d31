// Corpus: ConfigCat JavaScript/Node SDK.
// Source: configcat-common, lib/ConfigCatClient.d.ts: IConfigCatClient.getValueAsync(key,
// defaultValue, user?), getValueDetailsAsync(key, defaultValue, user?).
import * as configcat from 'configcat-node';

const configCatClient = configcat.getClient('sdk-key');

export async function maxUpload(userId: string): Promise<number> {
  const user = new configcat.User(userId);
  const limit = await configCatClient.getValueAsync('maxUploadSizeMb', 10, user);
  const details = await configCatClient.getValueDetailsAsync(
    'welcomeText',
    'Hello',
    user,
  );
  return details.isDefaultValue ? 10 : limit;
}
