// Corpus: blind / web referral card (ConfigCat React SDK)
// Source: configcat-react useFeatureFlag(key, defaultValue, user) / withConfigCatClient / WithConfigCatClientProps.getValue (configcat.com/docs/sdk-reference/react)
import React from 'react';
import { useFeatureFlag, withConfigCatClient, type WithConfigCatClientProps } from 'configcat-react';

export function ReferralCard() {
  const { value: referralsEnabled, loading } = useFeatureFlag('referralProgramCard', false);
  const { value: rewardAmount } = useFeatureFlag(
    'referralRewardAmount',
    10,
  );
  if (loading) return null;
  return referralsEnabled ? <div className="referral">Give ${rewardAmount}, get ${rewardAmount}</div> : null;
}

class ShareButtonsBase extends React.Component<WithConfigCatClientProps, { social: boolean }> {
  state = { social: false };

  async componentDidMount() {
    const social = await this.props.getValue('referralSocialShare', false);
    this.setState({ social });
  }

  render() {
    return this.state.social ? <div className="share" /> : null;
  }
}

export const ShareButtons = withConfigCatClient(ShareButtonsBase);
